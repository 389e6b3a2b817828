package com.maemuki.bridgelink.service.monitor.sources;

import com.maemuki.bridgelink.service.observation.PingOutcome;
import java.time.Duration;

/** Pings a peer through tailscaled (disco, then TSMP) within a deadline; never throws. */
public interface PeerPinger {

  PingOutcome ping(String ip, Duration deadline);
}
