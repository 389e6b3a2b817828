package com.maemuki.bridgelink.ipc.contract;

/** The {@code check.now} result; the new snapshot follows as an event. */
public record CheckNowResult(Boolean started) {}
