package com.maemuki.bridgelink.service.monitor.sources;

import com.maemuki.bridgelink.service.observation.PingOutcome;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiClient;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiException;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiTimeoutException;
import com.maemuki.bridgelink.tailscale.localapi.PingType;
import com.maemuki.bridgelink.tailscale.model.PingResult;
import com.maemuki.bridgelink.tailscale.model.PingVia;
import com.maemuki.bridgelink.tailscale.parse.PingResultJsonParser;
import com.maemuki.bridgelink.tailscale.parse.TailscaleParseException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * One disco ping, bounded (tailscaled has no server-side ping timeout: the client closes the
 * connection at the deadline). A disco ping that timed out is not followed by a TSMP ping: a peer
 * that does not answer disco within the deadline will not answer TSMP either, and a second
 * unanswered request would double the time the service (SYSTEM) holds tailscaled's LocalAPI and can
 * lock the signed-in user out. Only a disco ping that failed at once with another error (not a
 * timeout) is retried as TSMP, which answers from inside the peer's tailscaled.
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
    if (disco.replied() || disco.timedOut()) {
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
    } catch (LocalApiTimeoutException e) {
      return new PingOutcome(name, false, null, null, e.getMessage(), true);
    } catch (LocalApiException | TailscaleParseException e) {
      return new PingOutcome(name, false, null, null, e.getMessage());
    }
  }
}
