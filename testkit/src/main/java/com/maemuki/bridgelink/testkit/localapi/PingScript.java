package com.maemuki.bridgelink.testkit.localapi;

import java.time.Duration;

/**
 * A scripted answer to {@code POST ping} for one IP, overriding what the peer's state implies:
 * either a reply (with the path fields of {@code ipnstate.PingResult}), an {@code Err} text (still
 * HTTP 200, as tailscaled does), or no answer at all ({@link #never()}), which is what tailscaled
 * does for an unreachable peer: it waits until the client gives up.
 */
public record PingScript(
    boolean noAnswer,
    String err,
    Duration latency,
    String endpoint,
    String peerRelay,
    int derpRegionId,
    String derpRegionCode) {

  public static PingScript never() {
    return new PingScript(true, "", Duration.ZERO, "", "", 0, "");
  }

  public static PingScript error(String err) {
    return new PingScript(false, err, Duration.ZERO, "", "", 0, "");
  }

  public static PingScript direct(String endpoint, Duration latency) {
    return new PingScript(false, "", latency, endpoint, "", 0, "");
  }

  public static PingScript derp(int regionId, String regionCode, Duration latency) {
    return new PingScript(false, "", latency, "", "", regionId, regionCode);
  }

  public static PingScript peerRelay(String relay, Duration latency) {
    return new PingScript(false, "", latency, "", relay, 0, "");
  }
}
