package com.maemuki.bridgelink.ipc.contract;

/**
 * The {@code history.get} params.
 *
 * @param peer a configured peer name
 * @param minutes how far back, 60 when null
 */
public record HistoryParams(String peer, Integer minutes) {}
