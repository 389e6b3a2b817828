/**
 * The checks: pure functions from {@link com.maemuki.bridgelink.service.check.Observations} (what
 * the sources saw, timestamped) to {@link com.maemuki.bridgelink.service.finding.Finding}s. One
 * small class per check; {@link com.maemuki.bridgelink.service.check.Checks} lists them. The live
 * monitor and {@code bridge-link analyze} run the same checks.
 */
package com.maemuki.bridgelink.service.check;
