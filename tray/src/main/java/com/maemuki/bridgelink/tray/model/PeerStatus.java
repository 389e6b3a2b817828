package com.maemuki.bridgelink.tray.model;

/**
 * One configured peer as the snapshot reports it.
 *
 * @param name the configured name
 * @param online whether the control plane sees it online
 * @param path {@code direct | derp | peer-relay | idle | unknown}
 * @param derpRegion the relay region when relayed, else null
 * @param latencyMs the last probe's latency, null when unknown
 */
public record PeerStatus(
    String name, boolean online, String path, String derpRegion, Double latencyMs) {}
