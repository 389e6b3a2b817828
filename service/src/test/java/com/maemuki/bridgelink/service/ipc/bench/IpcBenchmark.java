package com.maemuki.bridgelink.service.ipc.bench;

import com.maemuki.bridgelink.ipc.client.IpcSession;
import com.maemuki.bridgelink.ipc.client.SessionOptions;
import com.maemuki.bridgelink.ipc.transport.IpcTransport;
import com.maemuki.bridgelink.ipc.transport.unix.UnixSocketTransport;
import com.maemuki.bridgelink.service.ipc.AuthorizationPolicy;
import com.maemuki.bridgelink.service.ipc.Authorizer;
import com.maemuki.bridgelink.service.ipc.EventHub;
import com.maemuki.bridgelink.service.ipc.InMemoryServiceFacade;
import com.maemuki.bridgelink.service.ipc.IpcServer;
import com.maemuki.bridgelink.service.ipc.IpcServerConfig;
import com.maemuki.bridgelink.service.ipc.RepairAudit;
import com.maemuki.bridgelink.service.ipc.ServiceMethods;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * IPC benchmark over a real Unix socket in this process: {@code status.get} round trips (median and
 * p99 over 10 000 calls after a warm-up) and event fan-out to 64 subscribers (p99 from publish to
 * the last subscriber's receipt, one event in flight at a time). Prints a table and appends JSON
 * lines to the file given as the first argument.
 *
 * <p>Usage: {@code IpcBenchmark RESULTS.json [calls] [events]}
 */
public final class IpcBenchmark {
  private static final int SUBSCRIBERS = 64;

  private IpcBenchmark() {}

  public static void main(String[] args) throws Exception {
    ((ch.qos.logback.classic.Logger)
            org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
        .setLevel(ch.qos.logback.classic.Level.WARN);
    Path results = Path.of(args.length > 0 ? args[0] : "bench-results.json");
    int calls = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    int events = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
    Path dir = Files.createTempDirectory("bridge-link-ipc-bench-");
    IpcTransport transport = new UnixSocketTransport(dir.resolve("run/ipc.sock"));
    InMemoryServiceFacade facade = new InMemoryServiceFacade();
    EventHub hub = new EventHub();
    RepairAudit audit = entry -> {};
    IpcServerConfig config =
        IpcServerConfig.defaults("bench")
            .withMaxClients(SUBSCRIBERS + 8)
            .withDeadlines(Duration.ofSeconds(5), Duration.ofMinutes(10));
    try (IpcServer server =
        new IpcServer(
                transport,
                config,
                ServiceMethods.dispatcher(facade, hub, audit, Clock.systemUTC()),
                new Authorizer(AuthorizationPolicy.administratorsOnly()),
                hub)
            .start()) {
      double[] roundTrip = roundTrips(transport, calls);
      double[] fanOut = fanOut(transport, hub, events);
      String cpu =
          Runtime.getRuntime().availableProcessors() + " CPUs, load average " + loadAverage();
      System.out.println("== ipc: Unix socket, in-process server and clients, " + cpu);
      System.out.printf(
          Locale.ROOT, "%-36s %8s %8s %8s %8s%n", "measure", "n", "median", "p99", "target");
      row("status.get round trip (ms)", roundTrip, 2.0);
      row("fan-out to 64, publish→last (ms)", fanOut, 20.0);
      append(results, "ipc.status_get_round_trip_ms", roundTrip, 2.0);
      append(results, "ipc.event_fan_out_64_ms", fanOut, 20.0);
    } finally {
      Files.deleteIfExists(dir.resolve("run"));
      Files.deleteIfExists(dir);
    }
  }

  private static double[] roundTrips(IpcTransport transport, int calls) throws Exception {
    try (IpcSession session = IpcSession.open(transport, SessionOptions.of("bench/1"), null)) {
      for (int i = 0; i < Math.max(2_000, calls / 5); i++) {
        session.call("status.get", null);
      }
      double[] millis = new double[calls];
      for (int i = 0; i < calls; i++) {
        long start = System.nanoTime();
        session.call("status.get", null);
        millis[i] = (System.nanoTime() - start) / 1e6;
      }
      return millis;
    }
  }

  private static double[] fanOut(IpcTransport transport, EventHub hub, int events)
      throws Exception {
    AtomicReference<CountDownLatch> pending = new AtomicReference<>(new CountDownLatch(0));
    AtomicLong lastReceipt = new AtomicLong();
    List<IpcSession> subscribers = new ArrayList<>();
    try {
      for (int i = 0; i < SUBSCRIBERS; i++) {
        IpcSession session =
            IpcSession.open(
                transport,
                SessionOptions.of("bench-subscriber/" + i),
                (event, data) -> {
                  if (event.equals("transition")) {
                    lastReceipt.accumulateAndGet(System.nanoTime(), Math::max);
                    pending.get().countDown();
                  }
                });
        session.call("subscribe", null);
        subscribers.add(session);
      }
      int warmUp = Math.max(100, events / 5);
      double[] millis = new double[events];
      for (int i = -warmUp; i < events; i++) {
        CountDownLatch all = new CountDownLatch(SUBSCRIBERS);
        pending.set(all);
        long published = System.nanoTime();
        hub.publish(
            "transition", InMemoryServiceFacade.snapshot("degraded", "event " + i).put("seq", i));
        if (!all.await(10, TimeUnit.SECONDS)) {
          throw new IllegalStateException("event " + i + " did not reach every subscriber");
        }
        if (i >= 0) {
          millis[i] = (lastReceipt.get() - published) / 1e6;
        }
      }
      return millis;
    } finally {
      subscribers.forEach(IpcSession::close);
    }
  }

  /** The 1-minute load average: the machine is shared, and the tail depends on it. */
  private static String loadAverage() {
    return String.format(
        Locale.ROOT,
        "%.2f",
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private static double percentile(double[] values, double p) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static void row(String name, double[] values, double target) {
    System.out.printf(
        Locale.ROOT,
        "%-36s %8d %8.3f %8.3f %8s%n",
        name,
        values.length,
        percentile(values, 50),
        percentile(values, 99),
        "≤ " + target);
  }

  private static void append(Path results, String name, double[] values, double targetP99)
      throws IOException {
    String line =
        String.format(
            Locale.ROOT,
            "{\"bench\":\"%s\",\"time\":\"%s\",\"n\":%d,\"median\":%.4f,\"p99\":%.4f,"
                + "\"max\":%.4f,\"targetP99\":%.1f,\"unit\":\"ms\",\"cpus\":%d,"
                + "\"loadAverage\":\"%s\"}%n",
            name,
            Instant.now(),
            values.length,
            percentile(values, 50),
            percentile(values, 99),
            percentile(values, 100),
            targetP99,
            Runtime.getRuntime().availableProcessors(),
            loadAverage());
    Files.writeString(
        results,
        line,
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }
}
