/**
 * Active probes, each bounded by a deadline: TCP connects (to a peer's application port or to this
 * machine's own Tailscale IP) and DNS lookups with the OS resolver or directly at a DNS server.
 * Probes return results, never throw: a failure is a measured fact with its cause.
 */
package com.maemuki.bridgelink.service.probe;
