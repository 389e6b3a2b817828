package com.maemuki.bridgelink.service.platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A scripted service manager with a fake clock: each query returns the next scripted state
 * (repeating the last), requests are recorded, and pauses advance the clock instantly.
 */
final class FakeServiceManager implements ServiceManagerOps, Pacer {

  final List<String> requests = new ArrayList<>();
  private final List<ServiceState.Kind> states;
  private int next;
  private long now;
  ServiceOperationException startFailure;

  FakeServiceManager(ServiceState.Kind... states) {
    this.states = List.of(states);
  }

  @Override
  public ServiceState query() {
    ServiceState.Kind s = states.get(Math.min(next, states.size() - 1));
    next++;
    return new ServiceState(s, "fake " + s);
  }

  @Override
  public String describe() {
    return "fake service manager";
  }

  @Override
  public void requestStart() throws ServiceOperationException {
    requests.add("start");
    if (startFailure != null) {
      throw startFailure;
    }
  }

  @Override
  public void requestStop() {
    requests.add("stop");
  }

  @Override
  public long nanoTime() {
    return now;
  }

  @Override
  public boolean pause(Duration duration) {
    now += duration.toNanos();
    return true;
  }
}
