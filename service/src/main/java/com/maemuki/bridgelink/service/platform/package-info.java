/**
 * Ports to the operating system: service control of tailscaled, firewall inspection and edits, the
 * event log, caller identity and external programs. {@link
 * com.maemuki.bridgelink.service.platform.Platforms} is the one place that chooses the Windows or
 * Linux adapters; a port that makes no sense on this machine is an {@code Unsupported…} value that
 * carries its cause instead of failing.
 */
package com.maemuki.bridgelink.service.platform;
