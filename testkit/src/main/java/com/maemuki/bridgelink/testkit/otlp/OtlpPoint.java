package com.maemuki.bridgelink.testkit.otlp;

import java.util.Map;

/**
 * One data point of one pushed metric, flattened for assertions.
 *
 * @param metric the metric name as pushed (Micrometer keeps dotted names, e.g. {@code
 *     bridgelink.peer.reachable})
 * @param unit the metric's unit ({@code ""} when none)
 * @param kind the OTLP data type
 * @param attributes the point's attributes (Micrometer tags), values as text
 * @param value a gauge's or sum's value; a histogram's or summary's sum
 * @param count a histogram's or summary's count; 1 for gauges and sums
 * @param timeUnixNano when the point was taken
 */
public record OtlpPoint(
    String metric,
    String unit,
    Kind kind,
    Map<String, String> attributes,
    double value,
    long count,
    long timeUnixNano) {

  public OtlpPoint {
    attributes = Map.copyOf(attributes);
  }

  /** The OTLP metric data types. */
  public enum Kind {
    GAUGE,
    SUM,
    HISTOGRAM,
    EXPONENTIAL_HISTOGRAM,
    SUMMARY
  }

  /** True when every given attribute is present with that value. */
  public boolean has(Map<String, String> expected) {
    return attributes.entrySet().containsAll(expected.entrySet());
  }

  /** True when the attribute {@code key} is present with {@code expected}. */
  public boolean has(String key, String expected) {
    return expected.equals(attributes.get(key));
  }
}
