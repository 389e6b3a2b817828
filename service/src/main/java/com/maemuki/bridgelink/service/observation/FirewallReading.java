package com.maemuki.bridgelink.service.observation;

import com.maemuki.bridgelink.service.platform.firewall.Evaluation;

/**
 * The firewall source's reading: the evaluation, or why there is none on this machine (no Windows
 * Firewall). A failed read is the source's failure, not a reading.
 *
 * @param evaluation the verdicts per configured local port and for ping, or null
 * @param notApplicable why nothing was evaluated ("Windows Firewall is not available…"), or null
 */
public record FirewallReading(Evaluation evaluation, String notApplicable) {}
