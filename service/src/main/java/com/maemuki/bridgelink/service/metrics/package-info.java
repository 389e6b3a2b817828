/**
 * Metrics (Micrometer): per-peer reachability, latency and path, active findings by code and
 * severity, source errors, cycle duration, JVM and process. Exported only when asked: a Prometheus
 * text endpoint on loopback (JDK HTTP server, no extra server library) and/or OTLP push.
 */
package com.maemuki.bridgelink.service.metrics;
