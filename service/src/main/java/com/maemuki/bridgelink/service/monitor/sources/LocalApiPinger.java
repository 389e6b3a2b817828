package com.maemuki.bridgelink.service.monitor.sources;

import com.maemuki.bridgelink.service.observation.PingOutcome;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiClient;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiException;
import com.maemuki.bridgelink.tailscale.localapi.PingType;
import com.maemuki.bridgelink.tailscale.model.PingResult;
import com.maemuki.bridgelink.tailscale.model.PingVia;
import com.maemuki.bridgelink.tailscale.parse.PingResultJsonParser;
import com.maemuki.bridgelink.tailscale.parse.TailscaleParseException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * One disco ping, then one TSMP ping if disco got nothing, each bounded (tailscaled has no
 * server-side ping timeout: the client closes the connection at the deadline). Disco answers from
 * the peer's WireGuard engine; TSMP from its TCP/IP stack: either answering means the peer is up.
 */
public final class LocalApiPinger implements PeerPinger {

  private final Supplier<LocalApiClient> client;

  public LocalApiPinger(Supplier<LocalApiClient> client) {
    this.client = client;
  }

  @Override
  public PingOutcome ping(String ip, Duration deadline) {
    if (ip == null) {
      return new PingOutcome("disco", false, null, null, "no Tailscale IP to ping");
    }
    PingOutcome disco = once(ip, PingType.DISCO, deadline);
    if (disco.replied()) {
      return disco;
    }
    PingOutcome tsmp = once(ip, PingType.TSMP, deadline);
    return tsmp.replied()
        ? tsmp
        : new PingOutcome(
            "TSMP", false, null, null, "disco: " + disco.error() + "; TSMP: " + tsmp.error());
  }

  private PingOutcome once(String ip, PingType type, Duration deadline) {
    String name = type.wireName();
    try {
      PingResult result = PingResultJsonParser.parse(client.get().ping(ip, type, deadline));
      if (result.isError()) {
        return new PingOutcome(name, false, null, null, result.err());
      }
      PingVia via = result.via();
      return new PingOutcome(
          name, true, result.latencySeconds() * 1000.0, via == null ? null : via.wireName(), null);
    } catch (LocalApiException | TailscaleParseException e) {
      return new PingOutcome(name, false, null, null, e.getMessage());
    }
  }
}
