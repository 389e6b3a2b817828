/**
 * Checks over the monitor's live readings (probes, daemon state, DNS, config, source health): one
 * small pure class per check, next to the status/prefs checks of {@code service.check}.
 */
package com.maemuki.bridgelink.service.check.live;
