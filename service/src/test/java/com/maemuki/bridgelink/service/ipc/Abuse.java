package com.maemuki.bridgelink.service.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.ipc.client.IpcSession;
import com.maemuki.bridgelink.ipc.client.SessionOptions;
import com.maemuki.bridgelink.ipc.transport.IpcTransport;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/**
 * Misbehaving clients for the contract suite, and the well-behaved client that must keep getting
 * correct answers while they misbehave.
 */
final class Abuse {
  /** Something a test does while the well-behaved client runs. */
  interface Scenario {
    void run() throws Exception;
  }

  private Abuse() {}

  /**
   * Runs {@code scenario} while another client calls {@code status.get} in a loop, and asserts that
   * every one of those calls got the right answer and that there were some during the scenario.
   */
  static void whileAWellBehavedClientIsServed(
      IpcTransport transport, JsonNode expectedStatus, Scenario scenario) throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger answers = new AtomicInteger();
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    try (IpcSession good = IpcSession.open(transport, SessionOptions.of("good/1"), null)) {
      Thread caller =
          new Thread(
              () -> {
                while (!stop.get()) {
                  try {
                    JsonNode status = good.call("status.get", null);
                    if (!expectedStatus.equals(status)) {
                      failures.add(new AssertionError("wrong status: " + status));
                    }
                    answers.incrementAndGet();
                  } catch (Exception e) {
                    failures.add(e);
                    return;
                  }
                }
              },
              "well-behaved-client");
      caller.start();
      int before = answers.get();
      scenario.run();
      int during = answers.get() - before;
      stop.set(true);
      caller.join(10_000);
      assertThat(failures).as("failures of the well-behaved client").isEmpty();
      assertThat(during).as("answers the well-behaved client got during the abuse").isPositive();
      assertThat(good.call("status.get", null)).isEqualTo(expectedStatus);
    }
  }

  /** {@code count} connections that each send random bytes (random length prefix) and leave. */
  static void randomGarbageConnections(IpcTransport transport, int count, long seed)
      throws Exception {
    Random random = new Random(seed);
    for (int i = 0; i < count; i++) {
      byte[] garbage = new byte[1 + random.nextInt(200)];
      random.nextBytes(garbage);
      try (RawClient raw = new RawClient(transport)) {
        if (i % 2 == 0) {
          raw.hello();
        }
        raw.bytes(garbage);
      }
    }
  }

  /**
   * Thousands of well-framed requests for methods that do not exist on one connection, pipelined;
   * every one must get an {@code unknown-method} response and the connection must stay up.
   */
  static void thousandsOfUnknownMethods(IpcTransport transport, int count) throws Exception {
    try (RawClient raw = new RawClient(transport)) {
      raw.hello();
      assertThat(raw.read().path("type").asString()).isEqualTo("welcome");
      List<String> codes = new ArrayList<>();
      Thread reader =
          new Thread(
              () -> {
                try {
                  for (int i = 0; i < count; i++) {
                    codes.add(raw.read().path("error").path("code").asString());
                  }
                } catch (Exception e) {
                  codes.add("failed: " + e);
                }
              });
      reader.start();
      Random random = new Random(count);
      for (int i = 0; i < count; i++) {
        raw.json(
            "{\"type\":\"request\",\"id\":"
                + i
                + ",\"method\":\"x"
                + Long.toHexString(random.nextLong())
                + "\",\"params\":{\"junk\":["
                + random.nextInt()
                + "]}}");
      }
      reader.join(30_000);
      assertThat(codes).hasSize(count).containsOnly("unknown-method");
    }
  }

  /** {@code count} clients that connect and vanish, some mid-hello. */
  static void connectAndVanish(IpcTransport transport, int count) throws Exception {
    for (int i = 0; i < count; i++) {
      try (RawClient raw = new RawClient(transport)) {
        if (i % 3 == 1) {
          raw.bytes(new byte[] {0, 0, 0, 40, '{', '"'});
        } else if (i % 3 == 2) {
          raw.hello();
        }
      }
    }
  }
}
