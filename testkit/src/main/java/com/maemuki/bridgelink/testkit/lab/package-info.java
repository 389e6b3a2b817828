/**
 * A whole simulated link on loopback for end-to-end tests, the demo and the benchmark: the
 * tailscaled simulator, real TCP listeners for the peers' and this machine's ports, two real DNS
 * servers (OS resolver and MagicDNS stand-ins), a config file, and one method per guide fault to
 * inject and remove.
 */
package com.maemuki.bridgelink.testkit.lab;
