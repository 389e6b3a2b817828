/**
 * Ports to the operating system: the tailscaled service (state, start, restart with a wait),
 * firewall reading and edits, the event log, caller identity, machine policy and external programs.
 * {@link com.maemuki.bridgelink.service.platform.Platforms} is the one place that picks the Windows
 * or Linux adapters; nothing outside this package names a Windows or Linux class. A capability that
 * makes no sense on this machine is an {@code Unsupported…} value carrying its cause instead of a
 * failure.
 */
package com.maemuki.bridgelink.service.platform;
