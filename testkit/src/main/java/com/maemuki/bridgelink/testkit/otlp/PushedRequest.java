package com.maemuki.bridgelink.testkit.otlp;

import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.HistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import io.opentelemetry.proto.metrics.v1.SummaryDataPoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One decoded {@code ExportMetricsServiceRequest}: its resource attributes and every data point.
 *
 * @param resource the resource attributes of the request's (last) resource
 * @param points every data point of every metric in the request
 */
public record PushedRequest(Map<String, String> resource, List<OtlpPoint> points) {

  public PushedRequest {
    resource = Map.copyOf(resource);
    points = List.copyOf(points);
  }

  /** Flattens a decoded request. */
  public static PushedRequest of(ExportMetricsServiceRequest request) {
    Map<String, String> resource = new LinkedHashMap<>();
    List<OtlpPoint> points = new ArrayList<>();
    for (ResourceMetrics rm : request.getResourceMetricsList()) {
      resource.putAll(attributes(rm.getResource().getAttributesList()));
      for (ScopeMetrics scope : rm.getScopeMetricsList()) {
        for (Metric metric : scope.getMetricsList()) {
          addPoints(metric, points);
        }
      }
    }
    return new PushedRequest(resource, points);
  }

  private static void addPoints(Metric m, List<OtlpPoint> out) {
    String name = m.getName();
    String unit = m.getUnit();
    switch (m.getDataCase()) {
      case GAUGE -> {
        for (NumberDataPoint p : m.getGauge().getDataPointsList()) {
          out.add(number(name, unit, OtlpPoint.Kind.GAUGE, p));
        }
      }
      case SUM -> {
        for (NumberDataPoint p : m.getSum().getDataPointsList()) {
          out.add(number(name, unit, OtlpPoint.Kind.SUM, p));
        }
      }
      case HISTOGRAM -> {
        for (HistogramDataPoint p : m.getHistogram().getDataPointsList()) {
          out.add(
              new OtlpPoint(
                  name,
                  unit,
                  OtlpPoint.Kind.HISTOGRAM,
                  attributes(p.getAttributesList()),
                  p.getSum(),
                  p.getCount(),
                  p.getTimeUnixNano()));
        }
      }
      case EXPONENTIAL_HISTOGRAM -> {
        for (ExponentialHistogramDataPoint p : m.getExponentialHistogram().getDataPointsList()) {
          out.add(
              new OtlpPoint(
                  name,
                  unit,
                  OtlpPoint.Kind.EXPONENTIAL_HISTOGRAM,
                  attributes(p.getAttributesList()),
                  p.getSum(),
                  p.getCount(),
                  p.getTimeUnixNano()));
        }
      }
      case SUMMARY -> {
        for (SummaryDataPoint p : m.getSummary().getDataPointsList()) {
          out.add(
              new OtlpPoint(
                  name,
                  unit,
                  OtlpPoint.Kind.SUMMARY,
                  attributes(p.getAttributesList()),
                  p.getSum(),
                  p.getCount(),
                  p.getTimeUnixNano()));
        }
      }
      default -> {
        // DATA_NOT_SET: a metric without points carries nothing to record
      }
    }
  }

  private static OtlpPoint number(
      String name, String unit, OtlpPoint.Kind kind, NumberDataPoint p) {
    double value =
        p.getValueCase() == NumberDataPoint.ValueCase.AS_INT ? p.getAsInt() : p.getAsDouble();
    return new OtlpPoint(
        name, unit, kind, attributes(p.getAttributesList()), value, 1, p.getTimeUnixNano());
  }

  private static Map<String, String> attributes(List<KeyValue> list) {
    Map<String, String> out = new LinkedHashMap<>();
    for (KeyValue kv : list) {
      out.put(kv.getKey(), text(kv.getValue()));
    }
    return out;
  }

  private static String text(AnyValue v) {
    return switch (v.getValueCase()) {
      case STRING_VALUE -> v.getStringValue();
      case BOOL_VALUE -> Boolean.toString(v.getBoolValue());
      case INT_VALUE -> Long.toString(v.getIntValue());
      case DOUBLE_VALUE -> Double.toString(v.getDoubleValue());
      default -> v.toString().strip();
    };
  }
}
