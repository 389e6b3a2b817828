package com.maemuki.bridgelink.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real tailnet made by {@code lab/lab.sh up}: faults and heals go through that script (one
 * place says how each is injected), and tailscaled's own view is read with the real {@code
 * tailscale} CLI. When the lab is not up the calling test is aborted — reported as skipped with the
 * reason — never passed.
 */
public final class RealTailnet {

  static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  static final Path SCRIPT = REPO.resolve("lab/lab.sh");
  static final Path RUN =
      Path.of(System.getenv().getOrDefault("BRIDGE_LINK_LAB_RUN", "/run/bridge-link-lab"));
  static final int APP_PORT = 8080;
  static final int LOCAL_PORT = 9090;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private RealTailnet() {}

  /** Aborts the test (skipped, with the reason) unless the lab is up. */
  public static void require() {
    Path why = REPO.resolve("target/lab-unavailable.txt");
    String reason = "";
    try {
      reason = Files.exists(why) ? ": " + Files.readString(why).strip() : "";
    } catch (IOException ignored) {
      // the plain message below still says what to do
    }
    Assumptions.assumeTrue(
        Files.exists(RUN.resolve("up")),
        "the real tailnet is not up (run `scripts/lab up` as root)" + reason);
  }

  public static Path bridgeSocket() {
    return RUN.resolve("bridge/tailscaled.sock");
  }

  /** The prefix that runs a command on the bridge node (its network and mount namespaces). */
  static List<String> inBridge() {
    return List.of("bash", SCRIPT.toString(), "exec", "bridge");
  }

  public static void fault(String name, String node) {
    lab("fault", name, node);
  }

  public static void heal(String name, String node) {
    lab("heal", name, node);
  }

  /** {@code tailscale status --json} of a node, by the real CLI. */
  public static JsonNode status(String node) {
    return JSON.readTree(lab("ts", node, "status", "--json"));
  }

  /** A command's JSON output, parsed. */
  public static JsonNode json(String text) {
    return JSON.readTree(text);
  }

  /** The node's peer entry by host name, or null when tailscaled does not list it. */
  public static JsonNode peer(JsonNode status, String hostName) {
    JsonNode peers = status.path("Peer");
    for (JsonNode p : peers) {
      if (hostName.equals(p.path("HostName").asString())) {
        return p;
      }
    }
    return null;
  }

  /**
   * Waits until the bridge's tailscaled lists {@code listed} peers of which {@code online} are
   * online (60 s at most).
   */
  public static void awaitPeers(int online, int listed) throws InterruptedException {
    long end = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < end) {
      JsonNode peers = status("bridge").path("Peer");
      int up = 0;
      for (JsonNode p : peers) {
        up += p.path("Online").asBoolean(false) ? 1 : 0;
      }
      if (up == online && peers.size() == listed) {
        return;
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(
        "the bridge did not list " + listed + " peers, " + online + " online, in 60 s");
  }

  /**
   * Waits (60 s at most) until the bridge is usable as a case expects to find it: Running, both
   * peers listed and online, and its engine answering a disco ping to p1. The ping matters: after a
   * re-login or an {@code up}, status says Running with online peers a moment before magicsock has
   * its key again, and a ping then answers {@code "local tailscaled stopped"} (magicsock.go Ping).
   */
  public static void awaitReady() throws InterruptedException {
    awaitPeers(2, 2);
    long end = System.nanoTime() + 60_000_000_000L;
    String last = "";
    while (System.nanoTime() < end) {
      JsonNode bridge = status("bridge");
      JsonNode p1 = peer(bridge, "p1");
      if ("Running".equals(bridge.path("BackendState").asString()) && p1 != null) {
        String ip = p1.path("TailscaleIPs").get(0).asString();
        List<String> ping = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        ping.addAll(List.of("ts", "bridge", "ping", "-c", "1", "--timeout", "3s", ip));
        last = run(ping, 30, true);
        if (last.contains("pong from")) {
          return;
        }
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("the bridge did not answer a ping to p1 in 60 s: " + last);
  }

  /**
   * Gives the bridge's tailscaled a control client without a pre-auth key, as a user's machine has:
   * after {@code tailscale up --auth-key} (how the lab joins and heals) tailscaled keeps the key,
   * and a later interactive login quietly re-registers with it instead of handing out a login URL.
   * A {@code down} and an {@code up} without a key start a fresh client.
   */
  public static void freshControlClient() throws InterruptedException {
    fault("down", "bridge");
    heal("down", "bridge");
    awaitPeers(2, 2);
  }

  /** Completes an interactive login as the person at the browser would (user {@code lab}). */
  public static void register(String loginUrl) {
    lab("register", loginUrl);
  }

  static String lab(String... args) {
    List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
    command.addAll(List.of(args));
    return run(command, 120);
  }

  static String run(List<String> command, int timeoutSeconds) {
    return run(command, timeoutSeconds, false);
  }

  /** Runs a command; its stdout, also on a non-zero exit when {@code anyExit}. */
  static String run(List<String> command, int timeoutSeconds, boolean anyExit) {
    try {
      Path err = Files.createTempFile("lab", ".err");
      Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException(command + " did not finish in " + timeoutSeconds + " s");
      }
      String stderr = Files.readString(err);
      Files.deleteIfExists(err);
      if (p.exitValue() != 0 && !anyExit) {
        throw new IllegalStateException(command + " exited " + p.exitValue() + ": " + stderr);
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(command + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
