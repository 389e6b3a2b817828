package com.maemuki.bridgelink.testkit.otlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.metrics.v1.Gauge;
import io.opentelemetry.proto.metrics.v1.Histogram;
import io.opentelemetry.proto.metrics.v1.HistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import io.opentelemetry.proto.resource.v1.Resource;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class OtlpReceiverTest {

  private final HttpClient client = HttpClient.newHttpClient();

  private static KeyValue kv(String key, String value) {
    return KeyValue.newBuilder()
        .setKey(key)
        .setValue(AnyValue.newBuilder().setStringValue(value))
        .build();
  }

  private static byte[] request(double reachable) {
    Metric gauge =
        Metric.newBuilder()
            .setName("bridgelink.peer.reachable")
            .setGauge(
                Gauge.newBuilder()
                    .addDataPoints(
                        NumberDataPoint.newBuilder()
                            .addAttributes(kv("peer", "bridge-peer"))
                            .setAsDouble(reachable)))
            .build();
    Metric histogram =
        Metric.newBuilder()
            .setName("bridgelink.cycle.duration")
            .setUnit("ms")
            .setHistogram(
                Histogram.newBuilder()
                    .addDataPoints(HistogramDataPoint.newBuilder().setCount(3).setSum(7.5)))
            .build();
    return ExportMetricsServiceRequest.newBuilder()
        .addResourceMetrics(
            ResourceMetrics.newBuilder()
                .setResource(Resource.newBuilder().addAttributes(kv("service.name", "bridge-link")))
                .addScopeMetrics(ScopeMetrics.newBuilder().addMetrics(gauge).addMetrics(histogram)))
        .build()
        .toByteArray();
  }

  private static byte[] gzip(byte[] plain) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(plain);
    }
    return out.toByteArray();
  }

  private HttpResponse<String> post(OtlpReceiver receiver, byte[] body, boolean gzip)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(receiver.url()))
            .header("Content-Type", "application/x-protobuf")
            .timeout(Duration.ofSeconds(5))
            .POST(HttpRequest.BodyPublishers.ofByteArray(gzip ? gzip(body) : body));
    if (gzip) {
      b.header("Content-Encoding", "gzip");
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void decodesPlainAndGzippedPushes() throws Exception {
    try (OtlpReceiver receiver = OtlpReceiver.start()) {
      assertThat(receiver.url()).startsWith("http://127.0.0.1:").endsWith("/v1/metrics");
      assertThat(post(receiver, request(0.0), false).statusCode()).isEqualTo(200);
      assertThat(post(receiver, request(1.0), true).statusCode()).isEqualTo(200);

      OtlpPoint reachable =
          receiver.awaitPoint(
              "bridgelink.peer.reachable", p -> p.value() == 1.0, Duration.ofSeconds(5));
      assertThat(reachable.kind()).isEqualTo(OtlpPoint.Kind.GAUGE);
      assertThat(reachable.attributes()).containsEntry("peer", "bridge-peer");
      assertThat(receiver.points("bridgelink.peer.reachable"))
          .extracting(OtlpPoint::value)
          .containsExactly(0.0, 1.0);
      OtlpPoint cycle = receiver.latest("bridgelink.cycle.duration", Map.of()).orElseThrow();
      assertThat(cycle.kind()).isEqualTo(OtlpPoint.Kind.HISTOGRAM);
      assertThat(cycle.count()).isEqualTo(3);
      assertThat(cycle.value()).isEqualTo(7.5);
      assertThat(cycle.unit()).isEqualTo("ms");
      assertThat(receiver.resourceAttributes()).containsEntry("service.name", "bridge-link");
      assertThat(receiver.requestCount()).isEqualTo(2);
      assertThat(receiver.acceptedCount()).isEqualTo(2);
      assertThat(receiver.lastHeaders()).containsEntry("content-encoding", "gzip");
    }
  }

  @Test
  void failsHangsAndRejectsAsTold() throws Exception {
    try (OtlpReceiver receiver = OtlpReceiver.start()) {
      receiver.behave(CollectorBehaviour.UNAVAILABLE);
      assertThat(post(receiver, request(1.0), false).statusCode()).isEqualTo(503);
      receiver.behave(CollectorBehaviour.FAIL);
      assertThat(post(receiver, request(1.0), false).statusCode()).isEqualTo(500);
      assertThat(receiver.acceptedCount()).isZero();
      assertThat(receiver.requestCount()).isEqualTo(2);

      receiver.behave(CollectorBehaviour.HANG);
      HttpRequest hanging =
          HttpRequest.newBuilder(URI.create(receiver.url()))
              .header("Content-Type", "application/x-protobuf")
              .timeout(Duration.ofMillis(300))
              .POST(HttpRequest.BodyPublishers.ofByteArray(request(1.0)))
              .build();
      assertThatThrownBy(() -> client.send(hanging, HttpResponse.BodyHandlers.ofString()))
          .isInstanceOf(HttpTimeoutException.class);
      CompletableFuture<HttpResponse<String>> held =
          client.sendAsync(
              HttpRequest.newBuilder(hanging, (k, v) -> true)
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      receiver.awaitRequests(4, Duration.ofSeconds(5));
      receiver.behave(CollectorBehaviour.ACCEPT); // releases the held request
      assertThat(held.handle((r, e) -> "released").get()).isEqualTo("released");
      assertThat(post(receiver, request(1.0), false).statusCode()).isEqualTo(200);

      HttpResponse<String> wrongType =
          client.send(
              HttpRequest.newBuilder(URI.create(receiver.url()))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString("{}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(wrongType.statusCode()).isEqualTo(415);
      HttpResponse<String> get =
          client.send(
              HttpRequest.newBuilder(URI.create(receiver.url())).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(get.statusCode()).isEqualTo(405);
      assertThatThrownBy(
              () -> receiver.awaitPoint("no.such.metric", p -> true, Duration.ofMillis(50)))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("no.such.metric");
    }
  }
}
