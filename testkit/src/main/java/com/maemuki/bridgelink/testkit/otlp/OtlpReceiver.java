package com.maemuki.bridgelink.testkit.otlp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * An OTLP/HTTP metrics receiver on {@code 127.0.0.1} and an ephemeral port: {@code POST
 * /v1/metrics} with {@code application/x-protobuf} (gzip or plain), decoded with the
 * opentelemetry-proto classes. Accepted requests are recorded; the {@code await…} methods wait for
 * what a test expects (no fixed sleeps) and fail with what did arrive.
 */
public final class OtlpReceiver implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService executor;
  private final List<PushedRequest> accepted = new ArrayList<>();
  private Map<String, String> lastHeaders = Map.of();
  private int requests;
  private CollectorBehaviour behaviour = CollectorBehaviour.ACCEPT;
  private CountDownLatch hangRelease = new CountDownLatch(1);
  private volatile Consumer<PushedRequest> onAccepted = r -> {};

  private OtlpReceiver(int port) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
    // Threads per request: a hanging request must not keep the next one from being answered.
    executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "otlp-receiver");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.createContext("/v1/metrics", this::handleMetrics);
    server.createContext(
        "/",
        exchange -> {
          try (exchange) {
            reply(
                exchange, 404, "only /v1/metrics\n".getBytes(StandardCharsets.UTF_8), "text/plain");
          }
        });
    server.start();
  }

  /** Starts a receiver on an ephemeral loopback port that accepts every push. */
  public static OtlpReceiver start() throws IOException {
    return new OtlpReceiver(0);
  }

  /** Starts a receiver on {@code 127.0.0.1:port} (0: any free port). */
  public static OtlpReceiver start(int port) throws IOException {
    return new OtlpReceiver(port);
  }

  /** Called (on the request's thread) with every accepted push, after it is recorded. */
  public void onAccepted(Consumer<PushedRequest> listener) {
    onAccepted = listener;
  }

  /** The URL to configure as the OTLP metrics endpoint. */
  public String url() {
    return "http://127.0.0.1:" + port() + "/v1/metrics";
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** How the next requests are answered; leaving {@link CollectorBehaviour#HANG} releases hangs. */
  public synchronized void behave(CollectorBehaviour next) {
    if (behaviour == CollectorBehaviour.HANG && next != CollectorBehaviour.HANG) {
      hangRelease.countDown();
      hangRelease = new CountDownLatch(1);
    }
    behaviour = next;
  }

  /** Every {@code POST /v1/metrics} seen, whatever it was answered. */
  public synchronized int requestCount() {
    return requests;
  }

  /** Requests answered 200 and recorded. */
  public synchronized int acceptedCount() {
    return accepted.size();
  }

  /** The headers of the latest {@code POST /v1/metrics}, names in lower case. */
  public synchronized Map<String, String> lastHeaders() {
    return lastHeaders;
  }

  /** Every accepted request so far, oldest first. */
  public synchronized List<PushedRequest> requests() {
    return List.copyOf(accepted);
  }

  /** The resource attributes of the latest accepted request (empty before the first). */
  public synchronized Map<String, String> resourceAttributes() {
    return accepted.isEmpty() ? Map.of() : accepted.get(accepted.size() - 1).resource();
  }

  /** Every metric name received so far, sorted. */
  public synchronized TreeSet<String> metricNames() {
    TreeSet<String> names = new TreeSet<>();
    accepted.forEach(r -> r.points().forEach(p -> names.add(p.metric())));
    return names;
  }

  /** Every point of {@code metric} received so far, oldest first. */
  public synchronized List<OtlpPoint> points(String metric) {
    List<OtlpPoint> out = new ArrayList<>();
    accepted.forEach(
        r -> r.points().stream().filter(p -> p.metric().equals(metric)).forEach(out::add));
    return out;
  }

  /** The newest point of {@code metric} carrying all {@code attributes}, if any arrived. */
  public synchronized Optional<OtlpPoint> latest(String metric, Map<String, String> attributes) {
    List<OtlpPoint> all = points(metric);
    for (int i = all.size() - 1; i >= 0; i--) {
      if (all.get(i).has(attributes)) {
        return Optional.of(all.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * Waits until a point of {@code metric} matching {@code match} arrives (or already has) and
   * returns the newest such point.
   *
   * @throws AssertionError after {@code limit}, listing the points of {@code metric} that did
   *     arrive
   */
  public synchronized OtlpPoint awaitPoint(
      String metric, Predicate<OtlpPoint> match, Duration limit) throws InterruptedException {
    long end = System.nanoTime() + limit.toNanos();
    while (true) {
      List<OtlpPoint> all = points(metric);
      for (int i = all.size() - 1; i >= 0; i--) {
        if (match.test(all.get(i))) {
          return all.get(i);
        }
      }
      long left = end - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError(
            "no matching point of "
                + metric
                + " within "
                + limit.toMillis()
                + " ms; got "
                + (all.isEmpty() ? "none (metrics received: " + metricNames() + ")" : all));
      }
      waitNanos(left);
    }
  }

  /** Waits until at least {@code count} requests were accepted in total. */
  public synchronized void awaitAccepted(int count, Duration limit) throws InterruptedException {
    long end = System.nanoTime() + limit.toNanos();
    while (accepted.size() < count) {
      long left = end - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError(
            "only " + accepted.size() + " of " + count + " pushes accepted within " + limit);
      }
      waitNanos(left);
    }
  }

  /** Waits until at least {@code count} requests arrived in total, however they were answered. */
  public synchronized void awaitRequests(int count, Duration limit) throws InterruptedException {
    long end = System.nanoTime() + limit.toNanos();
    while (requests < count) {
      long left = end - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError(
            "only " + requests + " of " + count + " pushes arrived within " + limit);
      }
      waitNanos(left);
    }
  }

  private void waitNanos(long nanos) throws InterruptedException {
    long millis = Math.max(1, nanos / 1_000_000);
    wait(millis);
  }

  private void handleMetrics(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        reply(exchange, 405, "only POST\n".getBytes(StandardCharsets.UTF_8), "text/plain");
        return;
      }
      String type = exchange.getRequestHeaders().getFirst("Content-Type");
      if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-protobuf")) {
        reply(
            exchange,
            415,
            "application/x-protobuf only\n".getBytes(StandardCharsets.UTF_8),
            "text/plain");
        return;
      }
      byte[] body = readBody(exchange);
      CollectorBehaviour now;
      CountDownLatch release;
      synchronized (this) {
        requests++;
        lastHeaders = headers(exchange);
        now = behaviour;
        release = hangRelease;
        notifyAll();
      }
      switch (now) {
        case HANG -> {
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          // released: the client has long given up; close without an answer
        }
        case FAIL, UNAVAILABLE ->
            reply(
                exchange,
                now.status(),
                "collector unavailable\n".getBytes(StandardCharsets.UTF_8),
                "text/plain");
        case ACCEPT -> accept(exchange, body);
      }
    }
  }

  private void accept(HttpExchange exchange, byte[] body) throws IOException {
    PushedRequest decoded;
    try {
      decoded = PushedRequest.of(ExportMetricsServiceRequest.parseFrom(body));
    } catch (IOException e) {
      reply(
          exchange,
          400,
          ("not an ExportMetricsServiceRequest: " + e.getMessage() + "\n")
              .getBytes(StandardCharsets.UTF_8),
          "text/plain");
      return;
    }
    synchronized (this) {
      accepted.add(decoded);
      notifyAll();
    }
    onAccepted.accept(decoded);
    reply(
        exchange,
        200,
        ExportMetricsServiceResponse.getDefaultInstance().toByteArray(),
        "application/x-protobuf");
  }

  private static byte[] readBody(HttpExchange exchange) throws IOException {
    String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
    InputStream raw = exchange.getRequestBody();
    try (InputStream in = "gzip".equalsIgnoreCase(encoding) ? new GZIPInputStream(raw) : raw) {
      return in.readAllBytes();
    }
  }

  private static Map<String, String> headers(HttpExchange exchange) {
    Map<String, String> out = new java.util.TreeMap<>();
    exchange
        .getRequestHeaders()
        .forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
    return Map.copyOf(out);
  }

  private static void reply(HttpExchange exchange, int status, byte[] body, String type)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    synchronized (this) {
      hangRelease.countDown();
    }
    server.stop(0);
    executor.shutdownNow();
  }
}
