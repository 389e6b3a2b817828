package com.maemuki.bridgelink.tailscale.model;

/** The bus's {@code Engine} counters (sent about every 2 s with WatchEngineUpdates). */
public record EngineStatus(long rBytes, long wBytes, int numLive, int liveDerps) {}
