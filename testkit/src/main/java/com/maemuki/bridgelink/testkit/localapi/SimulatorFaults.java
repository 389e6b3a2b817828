package com.maemuki.bridgelink.testkit.localapi;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Faults the simulator injects per endpoint ({@code status}, {@code ping}, … or {@code "*"} for
 * all): hang (accept and read the request, never answer), garbage (non-HTTP bytes, then close),
 * drop (close without a byte) and canned HTTP errors (401/403/500 bodies). Thread-safe; a change
 * applies to the next request. The daemon-gone fault is {@link LocalApiSimulator#stop}.
 */
public final class SimulatorFaults {

  /** What happens to a request that matches a fault. */
  enum Behaviour {
    HANG,
    GARBAGE,
    DROP
  }

  static final byte[] GARBAGE_BYTES =
      "\u0000\u0001SSH-2.0-not-http \u00ff\u00fe garbage\r\n\r\n"
          .getBytes(StandardCharsets.ISO_8859_1);

  private final Map<String, Behaviour> behaviours = new ConcurrentHashMap<>();
  private final Map<String, SimResponse> canned = new ConcurrentHashMap<>();
  private final Set<Closeable> hung = ConcurrentHashMap.newKeySet();
  private volatile ResponseFraming framing = ResponseFraming.TAILSCALED;

  /** Requests to these endpoints are read and then never answered. */
  public SimulatorFaults hang(String... endpoints) {
    return set(Behaviour.HANG, endpoints);
  }

  /** Requests to these endpoints get non-HTTP bytes and a closed connection. */
  public SimulatorFaults garbage(String... endpoints) {
    return set(Behaviour.GARBAGE, endpoints);
  }

  /** Requests to these endpoints see the connection closed without any response. */
  public SimulatorFaults drop(String... endpoints) {
    return set(Behaviour.DROP, endpoints);
  }

  private SimulatorFaults set(Behaviour behaviour, String... endpoints) {
    for (String endpoint : endpoints) {
      behaviours.put(endpoint, behaviour);
    }
    return this;
  }

  /** Answers {@code endpoint} with this status and a {@code http.Error}-style text body. */
  public SimulatorFaults httpError(String endpoint, int status, String text) {
    canned.put(endpoint, SimResponse.error(status, text));
    return this;
  }

  /** Answers {@code endpoint} with this status and {@code {"error":message}}, as WriteErrorJSON. */
  public SimulatorFaults jsonError(String endpoint, int status, String message) {
    String body = TabJson.compact(TabJson.object().put("error", message)) + "\n";
    canned.put(
        endpoint,
        new SimResponse(status, "application/json", body.getBytes(StandardCharsets.UTF_8), false));
    return this;
  }

  /** Answers {@code endpoint} with exactly this response. */
  public SimulatorFaults respond(String endpoint, int status, String contentType, String body) {
    canned.put(
        endpoint,
        new SimResponse(status, contentType, body.getBytes(StandardCharsets.UTF_8), false));
    return this;
  }

  /** How bodies are framed from now on. */
  public SimulatorFaults framing(ResponseFraming value) {
    framing = value;
    return this;
  }

  /** Removes every fault, restores tailscaled framing and closes the connections left hanging. */
  public void clear() {
    behaviours.clear();
    canned.clear();
    framing = ResponseFraming.TAILSCALED;
    for (Closeable connection : hung) {
      try {
        connection.close();
      } catch (IOException ignored) {
        // The client may already have gone.
      }
    }
    hung.clear();
  }

  Optional<Behaviour> behaviourFor(String endpoint) {
    Behaviour exact = behaviours.get(endpoint);
    return Optional.ofNullable(exact != null ? exact : behaviours.get("*"));
  }

  Optional<SimResponse> cannedFor(String endpoint) {
    SimResponse exact = canned.get(endpoint);
    return Optional.ofNullable(exact != null ? exact : canned.get("*"));
  }

  ResponseFraming framing() {
    return framing;
  }

  void holding(Closeable connection) {
    hung.add(connection);
  }

  void released(Closeable connection) {
    hung.remove(connection);
  }
}
