package com.maemuki.bridgelink.ipc.contract;

/** The {@code subscribe} result; the current snapshot is the first event. */
public record SubscribeResult(Boolean subscribed) {}
