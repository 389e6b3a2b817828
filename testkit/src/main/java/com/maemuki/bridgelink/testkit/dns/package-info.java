/**
 * A small real DNS server on loopback (UDP, dnsjava message classes) standing in for the OS
 * resolver and for Tailscale's 100.100.100.100 in tests and the demo.
 */
package com.maemuki.bridgelink.testkit.dns;
