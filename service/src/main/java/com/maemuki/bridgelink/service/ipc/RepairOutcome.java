package com.maemuki.bridgelink.service.ipc;

/** What a repair did: success, a sentence for the user, and whether its finding cleared. */
public record RepairOutcome(boolean ok, String message, boolean cleared) {}
