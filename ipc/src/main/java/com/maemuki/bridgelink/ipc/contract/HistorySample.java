package com.maemuki.bridgelink.ipc.contract;

/**
 * One latency sample.
 *
 * @param path {@code direct | derp | peer-relay | idle | unknown}
 * @param ok whether the probe answered
 */
public record HistorySample(String time, Double latencyMs, String path, Boolean ok) {}
