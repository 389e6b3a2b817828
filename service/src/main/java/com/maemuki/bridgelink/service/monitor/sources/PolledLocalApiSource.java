package com.maemuki.bridgelink.service.monitor.sources;

import com.maemuki.bridgelink.tailscale.localapi.LocalApiClient;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiException;
import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A LocalAPI GET polled on a cadence: one short request per run, closed at once. The service never
 * holds a long-lived LocalAPI request (DESIGN.md: as SYSTEM it would lock the signed-in user's own
 * Tailscale client out). A LocalAPI failure is thrown as is: its type tells the daemon check what
 * kind of trouble it is. A body that matches the last one is not parsed again ({@link
 * RepeatedBody}): the last reading is returned, and the monitor skips re-evaluating it.
 */
abstract class PolledLocalApiSource extends ScheduledSource {

  private final Supplier<LocalApiClient> client;
  private final Supplier<Duration> deadline;
  private final RepeatedBody<Object> last;

  /**
   * @param ignoredKeys fields whose lines do not count as a change (see {@link RepeatedBody})
   */
  PolledLocalApiSource(
      String name,
      Supplier<LocalApiClient> client,
      Supplier<Duration> interval,
      Supplier<Duration> deadline,
      Set<String> ignoredKeys) {
    super(name, interval);
    this.client = client;
    this.deadline = deadline;
    this.last = new RepeatedBody<>(ignoredKeys);
  }

  /** The request itself, e.g. {@code client.status()}. */
  abstract String fetch(LocalApiClient client) throws LocalApiException;

  /** Turns a new body into the reading. */
  abstract Object parse(String body) throws Exception;

  /** The LocalAPI deadline plus a margin, so the client's own deadline reports first. */
  @Override
  public final Duration deadline() {
    return deadline.get().plusMillis(500);
  }

  @Override
  public Object collect() throws Exception {
    return last.parse(fetch(client.get()), this::parse);
  }
}
