package com.maemuki.bridgelink.service.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WaitingServiceControlTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  private static WaitingServiceControl control(FakeServiceManager m, boolean... answers) {
    AtomicInteger calls = new AtomicInteger();
    return new WaitingServiceControl(
        m, () -> answers[Math.min(calls.getAndIncrement(), answers.length - 1)], m);
  }

  @Test
  void startOfAStoppedServiceWaitsForRunningAndTheLocalApi() {
    FakeServiceManager m =
        new FakeServiceManager(
            ServiceState.Kind.STOPPED,
            ServiceState.Kind.STARTING,
            ServiceState.Kind.STARTING,
            ServiceState.Kind.RUNNING);
    ServiceControlResult r = control(m, false, false, true).start(WAIT);
    assertThat(m.requests).containsExactly("start");
    assertThat(r.ok()).isTrue();
    assertThat(r.localApiAnswers()).isTrue();
    assertThat(r.message()).isEqualTo("Tailscale started and answers.");
  }

  @Test
  void startOfARunningServiceOnlyVerifies() {
    FakeServiceManager m = new FakeServiceManager(ServiceState.Kind.RUNNING);
    ServiceControlResult r = control(m, true).start(WAIT);
    assertThat(m.requests).isEmpty();
    assertThat(r.ok()).isTrue();
  }

  @Test
  void restartStopsWaitsThenStarts() {
    FakeServiceManager m =
        new FakeServiceManager(
            ServiceState.Kind.RUNNING,
            ServiceState.Kind.STOPPING,
            ServiceState.Kind.STOPPED,
            ServiceState.Kind.STARTING,
            ServiceState.Kind.RUNNING);
    ServiceControlResult r = control(m, true).restart(WAIT);
    assertThat(m.requests).containsExactly("stop", "start");
    assertThat(r.ok()).isTrue();
    assertThat(r.message()).contains("restarted");
  }

  @Test
  void restartOfAStoppedServiceIsAStart() {
    FakeServiceManager m =
        new FakeServiceManager(ServiceState.Kind.STOPPED, ServiceState.Kind.RUNNING);
    assertThat(control(m, true).restart(WAIT).ok()).isTrue();
    assertThat(m.requests).containsExactly("start");
  }

  @Test
  void notInstalledIsSaidPlainly() {
    FakeServiceManager m = new FakeServiceManager(ServiceState.Kind.NOT_INSTALLED);
    ServiceControlResult r = control(m, true).restart(WAIT);
    assertThat(r.ok()).isFalse();
    assertThat(r.finalState()).isEqualTo(ServiceState.Kind.NOT_INSTALLED);
    assertThat(r.message()).isEqualTo("Tailscale is not installed on this machine.");
    assertThat(m.requests).isEmpty();
  }

  @Test
  void aServiceThatNeverRunsFailsAtTheDeadline() {
    FakeServiceManager m = new FakeServiceManager(ServiceState.Kind.STOPPED);
    ServiceControlResult r = control(m, true).start(WAIT);
    assertThat(r.ok()).isFalse();
    assertThat(r.message()).contains("did not reach Running");
  }

  @Test
  void aRunningServiceWhoseLocalApiStaysSilentIsNotOk() {
    FakeServiceManager m =
        new FakeServiceManager(ServiceState.Kind.STOPPED, ServiceState.Kind.RUNNING);
    ServiceControlResult r = control(m, false).start(WAIT);
    assertThat(r.ok()).isFalse();
    assertThat(r.finalState()).isEqualTo(ServiceState.Kind.RUNNING);
    assertThat(r.message()).contains("LocalAPI did not answer");
  }

  @Test
  void aRefusedStartIsReported() {
    FakeServiceManager m = new FakeServiceManager(ServiceState.Kind.STOPPED);
    m.startFailure = new ServiceOperationException("Access is denied.");
    ServiceControlResult r = control(m, true).start(WAIT);
    assertThat(r.ok()).isFalse();
    assertThat(r.message()).isEqualTo("Starting Tailscale failed: Access is denied.");
  }
}
