package com.maemuki.bridgelink.service.monitor;

/** The last connect to one port of a peer. */
public record ProbeView(int port, boolean ok, Double latencyMs, String error) {}
