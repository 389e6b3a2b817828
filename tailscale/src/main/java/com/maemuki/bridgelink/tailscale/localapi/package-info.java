/**
 * A client for tailscaled's LocalAPI: plain HTTP/1.1 written by hand over a byte channel (a Unix
 * domain socket, or the Windows named pipe in {@code windows}), one connection per request, a
 * deadline on every request enforced by a watchdog that closes the channel, and typed errors.
 *
 * <p>The client returns raw bodies; parsing them is the job of {@code service.tailscale.parse}. The
 * service only makes short requests here (never a held-open watch): on Windows a long request from
 * SYSTEM locks the signed-in user's Tailscale GUI out (DESIGN.md).
 */
package com.maemuki.bridgelink.tailscale.localapi;
