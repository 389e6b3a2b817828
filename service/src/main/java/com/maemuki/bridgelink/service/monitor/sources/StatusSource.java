package com.maemuki.bridgelink.service.monitor.sources;

import com.maemuki.bridgelink.service.observation.SourceNames;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiClient;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiException;
import com.maemuki.bridgelink.tailscale.parse.StatusJsonParser;
import com.maemuki.bridgelink.tailscale.parse.TailscaleParseException;
import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code GET /localapi/v0/status}, one short request per poll.
 *
 * <p>A body that matches the last one, apart from the per-peer traffic counters and handshake times
 * that tick with every poll (no check reads them), is not parsed again: the last reading is
 * returned, and the monitor skips re-evaluating an unchanged status.
 */
public final class StatusSource extends PolledLocalApiSource {

  public static final String NAME = SourceNames.STATUS;

  /** Fields of {@code PeerStatus} that change with traffic and time alone. */
  static final Set<String> TICKING_FIELDS =
      Set.of("RxBytes", "TxBytes", "LastHandshake", "LastWrite");

  public StatusSource(
      Supplier<LocalApiClient> client, Supplier<Duration> interval, Supplier<Duration> deadline) {
    super(NAME, client, interval, deadline, TICKING_FIELDS);
  }

  @Override
  String fetch(LocalApiClient client) throws LocalApiException {
    return client.status();
  }

  @Override
  Object parse(String body) throws TailscaleParseException {
    try {
      return StatusJsonParser.parse(body);
    } catch (TailscaleParseException e) {
      throw new TailscaleParseException(
          "tailscaled sent a status that cannot be read: " + e.getMessage(), e);
    }
  }
}
