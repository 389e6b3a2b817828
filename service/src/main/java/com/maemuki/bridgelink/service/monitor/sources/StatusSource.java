package com.maemuki.bridgelink.service.monitor.sources;

import com.maemuki.bridgelink.service.monitor.Source;
import com.maemuki.bridgelink.service.tailscale.localapi.LocalApiClient;
import com.maemuki.bridgelink.service.tailscale.parse.StatusJsonParser;
import com.maemuki.bridgelink.service.tailscale.parse.TailscaleParseException;
import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code GET /localapi/v0/status}: one short request per poll, closed at once. The service never
 * holds a long-lived LocalAPI request (DESIGN.md: as SYSTEM it would lock the signed-in user's own
 * Tailscale client out). A LocalAPI failure is thrown as is: its type tells the daemon check what
 * kind of trouble it is.
 *
 * <p>A body that matches the last one, apart from the per-peer traffic counters and handshake times
 * that tick with every poll (no check reads them), is not parsed again: the last reading is
 * returned, and the monitor skips re-evaluating an unchanged status.
 */
public final class StatusSource implements Source {

  public static final String NAME = "localapi-status";

  private final Supplier<LocalApiClient> client;
  private final Supplier<Duration> interval;
  private final Supplier<Duration> deadline;
  private final RepeatedBody<Object> last = new RepeatedBody<>(TICKING_FIELDS);

  /** Fields of {@code PeerStatus} that change with traffic and time alone. */
  static final Set<String> TICKING_FIELDS =
      Set.of("RxBytes", "TxBytes", "LastHandshake", "LastWrite");

  public StatusSource(
      Supplier<LocalApiClient> client, Supplier<Duration> interval, Supplier<Duration> deadline) {
    this.client = client;
    this.interval = interval;
    this.deadline = deadline;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Duration interval() {
    return interval.get();
  }

  @Override
  public Duration deadline() {
    return deadline.get().plusMillis(500);
  }

  @Override
  public Object collect() throws Exception {
    String body = client.get().status();
    return last.parse(body, StatusSource::parse);
  }

  private static Object parse(String body) throws TailscaleParseException {
    try {
      return StatusJsonParser.parse(body);
    } catch (TailscaleParseException e) {
      throw new TailscaleParseException(
          "tailscaled sent a status that cannot be read: " + e.getMessage(), e);
    }
  }
}
