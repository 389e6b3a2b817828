/**
 * A simulator of tailscaled's LocalAPI: a real HTTP/1.1 server on a real Unix domain socket that
 * answers like tailscaled (Host check, tab-indented chunked {@code status}, POST-only {@code ping},
 * prefs PATCH, the IPN bus) from a scriptable {@link
 * com.maemuki.bridgelink.testkit.localapi.SimulatedTailnet}, with injectable faults. Used by the
 * tests, the end-to-end tests and {@code scripts/demo} (through {@link
 * com.maemuki.bridgelink.testkit.localapi.SimulatorMain}).
 */
package com.maemuki.bridgelink.testkit.localapi;
