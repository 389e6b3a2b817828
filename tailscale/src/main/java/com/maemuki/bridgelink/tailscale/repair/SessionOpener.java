package com.maemuki.bridgelink.tailscale.repair;

import java.time.Instant;

/** Opens a {@link UserSession} on the tailscaled the repairs talk to. */
@FunctionalInterface
interface SessionOpener {

  UserSession open(Instant deadline) throws SessionException;
}
