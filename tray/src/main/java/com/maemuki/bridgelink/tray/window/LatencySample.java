package com.maemuki.bridgelink.tray.window;

import java.time.Instant;

/**
 * One {@code history.get} sample.
 *
 * @param time when it was taken
 * @param latencyMs the probe's latency, null when it failed
 * @param path {@code direct | derp | peer-relay | idle | unknown}
 * @param ok whether the probe succeeded
 */
public record LatencySample(Instant time, Double latencyMs, String path, boolean ok) {}
