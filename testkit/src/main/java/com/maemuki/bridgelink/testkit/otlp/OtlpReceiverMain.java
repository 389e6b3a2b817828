package com.maemuki.bridgelink.testkit.otlp;

import java.io.IOException;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Runs the {@link OtlpReceiver} as its own process so a person can watch what the service pushes
 * without an OpenTelemetry collector: {@code OtlpReceiverMain [--port N]} (loopback only; default
 * 4318, the OTLP/HTTP port). Prints one block per accepted push: the resource and every {@code
 * bridgelink.*} point. Stops on SIGTERM/Ctrl-C.
 */
public final class OtlpReceiverMain {

  private OtlpReceiverMain() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    int port = 4318;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port" -> {
          try {
            port = Integer.parseInt(i + 1 < args.length ? args[++i] : "");
          } catch (NumberFormatException e) {
            port = -1;
          }
          if (port < 0 || port > 65535) {
            System.err.println("otlp-receiver: --port needs a number from 0 to 65535");
            System.exit(2);
          }
        }
        case "--help", "-h" -> {
          System.err.println("usage: OtlpReceiverMain [--port N]   (127.0.0.1 only, default 4318)");
          return;
        }
        default -> {
          System.err.println("otlp-receiver: unknown argument " + args[i]);
          System.exit(2);
        }
      }
    }
    OtlpReceiver receiver;
    try {
      receiver = OtlpReceiver.start(port);
    } catch (IOException e) {
      System.err.println(
          "otlp-receiver: cannot listen on 127.0.0.1:" + port + ": " + e.getMessage());
      System.exit(1);
      return;
    }
    AtomicInteger pushes = new AtomicInteger();
    receiver.onAccepted(
        r -> {
          String text = summary(pushes.incrementAndGet(), r);
          synchronized (System.out) {
            System.out.print(text);
            System.out.flush();
          }
        });
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
    System.out.println(
        "OTLP receiver (a test stand-in, not a collector) listening on " + receiver.url());
    System.out.flush();
    stop.await();
    receiver.close();
  }

  /** One push as text: a header line, then one line per {@code bridgelink.*} point. */
  static String summary(int number, PushedRequest request) {
    StringBuilder out = new StringBuilder();
    long metrics = request.points().stream().map(OtlpPoint::metric).distinct().count();
    out.append(
        String.format(
            Locale.ROOT,
            "push %d: %d metrics, %d points, resource %s%n",
            number,
            metrics,
            request.points().size(),
            new java.util.TreeMap<>(request.resource())));
    request.points().stream()
        .filter(p -> p.metric().startsWith("bridgelink."))
        .sorted(
            Comparator.comparing(OtlpPoint::metric).thenComparing(p -> p.attributes().toString()))
        .forEach(p -> out.append("  ").append(line(p)).append(System.lineSeparator()));
    return out.toString();
  }

  private static String line(OtlpPoint p) {
    String tags =
        new java.util.TreeMap<>(p.attributes())
            .entrySet().stream()
                .filter(e -> !e.getKey().equals("service"))
                .map(Map.Entry::toString)
                .collect(Collectors.joining(",", "{", "}"));
    String value =
        switch (p.kind()) {
          case GAUGE, SUM -> trim(p.value());
          default -> "count=" + p.count() + " sum=" + trim(p.value());
        };
    String unit = p.unit().isEmpty() ? "" : " " + p.unit();
    return p.metric() + tags + " " + value + unit;
  }

  private static String trim(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
