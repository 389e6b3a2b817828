package com.maemuki.bridgelink.ipc.contract;

/**
 * One TCP probe of a peer's port.
 *
 * @param ok whether the connect succeeded; null when not probed yet
 * @param error why it failed, else null
 */
public record ProbeData(Integer port, Boolean ok, Double latencyMs, String error) {}
