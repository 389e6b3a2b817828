/**
 * The monitor's sources: each does one kind of I/O under a deadline and returns an immutable
 * reading (config, LocalAPI status and prefs, daemon state, peer probes, local ports, DNS).
 */
package com.maemuki.bridgelink.service.monitor.sources;
