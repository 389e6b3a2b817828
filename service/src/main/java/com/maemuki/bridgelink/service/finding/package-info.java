/**
 * The finding catalog: every problem the product can name, with its stable code, severity, plain
 * words, remedy and who can fix it. Checks produce {@link
 * com.maemuki.bridgelink.service.finding.Finding}s; nothing else invents finding codes.
 */
package com.maemuki.bridgelink.service.finding;
