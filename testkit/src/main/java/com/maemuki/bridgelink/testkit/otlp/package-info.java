/**
 * A real OTLP/HTTP metrics receiver on loopback standing in for an OpenTelemetry collector: it
 * decodes the protobuf requests the service pushes, records every data point, and can be told to
 * fail or hang so tests can check how the push behaves when the collector is down.
 */
package com.maemuki.bridgelink.testkit.otlp;
