/**
 * What tailscaled and the {@code tailscale} CLI report, as immutable records: {@link
 * com.maemuki.bridgelink.tailscale.model.Status}, {@link
 * com.maemuki.bridgelink.tailscale.model.Prefs}, ping outcomes, netcheck reports and IPN bus
 * messages, plus the facts derived from them (a peer's path, key expiry, shared-in nodes, matching
 * a peer by name).
 *
 * <p>Every field a version of Tailscale may omit is nullable (or an empty list): the LocalAPI is
 * not a stable interface, and pasted or old outputs lack fields. Times are {@link
 * java.time.Instant}s; Go's zero time becomes null.
 */
package com.maemuki.bridgelink.tailscale.model;
