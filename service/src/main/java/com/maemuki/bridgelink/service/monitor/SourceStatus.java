package com.maemuki.bridgelink.service.monitor;

import java.time.Instant;

/** How a source's last run went. */
public record SourceStatus(String name, boolean ok, String error, Instant lastRun) {}
