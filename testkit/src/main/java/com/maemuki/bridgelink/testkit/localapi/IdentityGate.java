package com.maemuki.bridgelink.testkit.localapi;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * tailscaled's "one Windows user at a time" ({@code ipn/ipnserver/server.go} addActiveHTTPRequest,
 * checkConnIdentityLocked, blockWhileIdentityInUse; {@code ipn/ipnlocal/local.go
 * CheckIPNConnectionAllowed, SetCurrentUser}). Only connections with a {@link SimIdentity} take
 * part (unidentified ones are served as on Linux, where the check is off).
 *
 * <ul>
 *   <li>While requests are in flight, a new one is compared with an <em>arbitrary</em> in-flight
 *       one (Go's first map entry, i.e. random); another user's is refused {@code Tailscale already
 *       in use by NAME, pid N}. LocalSystem is always admitted.
 *   <li>Otherwise the current profile's user decides: another user is refused {@code Tailscale
 *       already in use ("A"); connection from "B" not allowed}, or {@code running in server mode}
 *       when Run Unattended (ForceDaemon) is on.
 *   <li>The first non-SYSTEM request on an idle server switches to that user's profile; when the
 *       last request ends and it was a user's, tailscaled switches back (SetCurrentUser(nil)).
 * </ul>
 */
final class IdentityGate {

  private final SimulatedTailnet tailnet;
  private final Map<Object, SimIdentity> active = new IdentityHashMap<>();

  IdentityGate(SimulatedTailnet tailnet) {
    this.tailnet = tailnet;
  }

  /** Admits the request (remember to call {@link #done}) or returns the refusal text. */
  synchronized String admit(Object request, SimIdentity who) {
    String refusal = refusal(who);
    if (refusal != null) {
      return refusal;
    }
    active.put(request, who);
    if (active.size() == 1 && !who.isSystem()) {
      tailnet.profiles().userConnected(who);
    }
    return null;
  }

  synchronized void done(Object request) {
    SimIdentity who = active.remove(request);
    if (who == null || !active.isEmpty()) {
      return;
    }
    if (!who.isSystem()) {
      tailnet.profiles().userDisconnected();
    }
    notifyAll();
  }

  /** Blocks while {@code who} would be refused (as a refused watch-ipn-bus does). */
  synchronized void awaitAdmissible(SimIdentity who, long maxMillis) throws InterruptedException {
    long end = System.currentTimeMillis() + maxMillis;
    while (refusal(who) != null) {
      long left = end - System.currentTimeMillis();
      if (left <= 0) {
        return;
      }
      wait(Math.min(left, 100));
    }
  }

  private String refusal(SimIdentity who) {
    if (!active.isEmpty()) {
      List<SimIdentity> inFlight = new ArrayList<>(active.values());
      SimIdentity any = inFlight.get(ThreadLocalRandom.current().nextInt(inFlight.size()));
      if (who.isSystem()) {
        return null;
      }
      if (!who.sid().equals(any.sid())) {
        return "Tailscale already in use by " + any.name() + ", pid " + any.pid();
      }
    }
    return tailnet.profiles().connectionRefusal(who);
  }
}
