package com.maemuki.bridgelink.lab;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.tray.model.MenuEntry;
import com.maemuki.bridgelink.tray.model.PeerStatus;
import com.maemuki.bridgelink.tray.model.Snapshot;
import com.maemuki.bridgelink.tray.model.SnapshotReader;
import com.maemuki.bridgelink.tray.model.TrayModel;
import com.maemuki.bridgelink.tray.model.TrayPresenter;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code bridge-link status --json} (the running service's snapshot), the tray's reading of that
 * same snapshot ({@link SnapshotReader} and {@link TrayPresenter}, as the tray shows it) and {@code
 * bridge-link doctor --json} agree with tailscaled's own {@code tailscale status --json} on every
 * peer: online, Tailscale IPs, path (direct / DERP region / peer relay / idle), last seen and key
 * expiry — healthy, with UDP blocked, and with a peer's tailscaled stopped.
 *
 * <p>Tolerance: {@code doctor} reads status once while it runs, so it must equal tailscale's
 * reading just before or just after it. The service's snapshot was built from a status read up to
 * one status interval (2 s) before the snapshot's {@code time}: it must equal some reading of
 * tailscale's taken from {@link #POLL_SLACK} before the snapshot's time until after it was fetched,
 * and nothing older. Paths move while they are read (idle → active → direct), so a comparison that
 * disagrees is repeated (20 times at most) with fresh readings.
 */
@Tag("real-tailnet")
class StatusAgreementTest {

  /** The status interval (2 s) plus the time one status read and one snapshot build may take. */
  private static final Duration POLL_SLACK = Duration.ofSeconds(4);

  /** p2's node key expiry, set in headscale so a real {@code KeyExpiry} is compared, not null. */
  private static final Instant P2_EXPIRY =
      Instant.now().plus(Duration.ofDays(200)).truncatedTo(ChronoUnit.SECONDS);

  private static BridgeLinkInLab product;

  /** tailscale's readings, newest last, with when each was taken. */
  private record Reading(Instant at, JsonNode status) {}

  @BeforeAll
  static void start() throws Exception {
    RealTailnet.require();
    // headscale's pre-auth nodes never expire (no KeyExpiry at all): give p2 one, far enough out
    // that no key-expiring finding is raised.
    RealTailnet.lab("hs", "nodes", "expire", "-i", nodeId("p2"), "-e", P2_EXPIRY.toString());
    long end = System.nanoTime() + 30_000_000_000L;
    while (!P2_EXPIRY.toString().equals(keyExpiry(RealTailnet.status("bridge"), "p2"))
        && System.nanoTime() < end) {
      Thread.sleep(250);
    }
    product = BridgeLinkInLab.start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (product != null) {
      product.close();
    }
    RealTailnet.lab("hs", "nodes", "expire", "-i", nodeId("p2"), "--disable");
  }

  @Test
  void statusTrayAndDoctorSayWhatTailscaleSays() throws Exception {
    assertThat(keyExpiry(RealTailnet.status("bridge"), "p2")).isEqualTo(P2_EXPIRY.toString());
    assertAgreement();
  }

  @Test
  void withUdpBlockedAllSayRelayedThroughTheLabDerp() throws Exception {
    RealTailnet.fault("udp-blocked", "p1");
    try {
      // The bridge's probes keep traffic flowing; tailscaled falls back to DERP within seconds.
      awaitBridgeSays("p1", p -> pathOf(p), "derp");
      assertAgreement();
    } finally {
      RealTailnet.heal("udp-blocked", "p1");
    }
  }

  @Test
  void withAPeerStoppedAllSayOffline() throws Exception {
    RealTailnet.fault("peer-stopped", "p1");
    try {
      // headscale marks it offline when its map poll ends (~8 s, docs/lab.md).
      awaitBridgeSays("p1", p -> p.path("Online").asBoolean() ? "online" : "offline", "offline");
      assertAgreement();
    } finally {
      RealTailnet.heal("peer-stopped", "p1");
      RealTailnet.awaitPeers(2, 2);
    }
  }

  private static void awaitBridgeSays(String peer, Function<JsonNode, String> what, String value)
      throws InterruptedException {
    long end = System.nanoTime() + 60_000_000_000L;
    while (!value.equals(what.apply(RealTailnet.peer(RealTailnet.status("bridge"), peer)))
        && System.nanoTime() < end) {
      Thread.sleep(500);
    }
    assertThat(what.apply(RealTailnet.peer(RealTailnet.status("bridge"), peer)))
        .as("tailscale status on the bridge, " + peer)
        .isEqualTo(value);
  }

  private static void assertAgreement() throws Exception {
    List<Reading> readings = new ArrayList<>();
    List<String> disagreements = List.of("not compared yet");
    for (int attempt = 0; attempt < 20 && !disagreements.isEmpty(); attempt++) {
      readings.add(new Reading(Instant.now(), RealTailnet.status("bridge")));
      JsonNode before = readings.get(readings.size() - 1).status();
      JsonNode status = product.status();
      JsonNode doctor = product.doctor();
      readings.add(new Reading(Instant.now(), RealTailnet.status("bridge")));
      JsonNode after = readings.get(readings.size() - 1).status();
      // the snapshot's window: from one status interval (and slack) before it was built
      Instant built = Instant.parse(status.path("time").asString());
      List<JsonNode> window =
          readings.stream()
              .filter(r -> !r.at().isBefore(built.minus(POLL_SLACK)))
              .map(Reading::status)
              .toList();
      Snapshot tray = SnapshotReader.read(status);
      TrayModel menu = TrayPresenter.present(tray, Map.of(), false);
      disagreements = new ArrayList<>();
      for (String name : List.of("p1", "p2")) {
        compare("status", name, peerIn(status, name), window, disagreements);
        compare("doctor", name, peerIn(doctor, name), List.of(before, after), disagreements);
        compareTray(name, tray, menu, window, disagreements);
      }
      if (!disagreements.isEmpty()) {
        Thread.sleep(1000);
      }
    }
    assertThat(disagreements).isEmpty();
  }

  private static JsonNode peerIn(JsonNode report, String name) {
    for (JsonNode p : report.path("peers")) {
      if (name.equals(p.path("name").asString())) {
        return p;
      }
    }
    return null;
  }

  /** One product report's peer against tailscale's readings: some reading must say the same. */
  private static void compare(
      String what, String name, JsonNode mine, List<JsonNode> readings, List<String> out) {
    if (mine == null) {
      out.add(what + ": no peer " + name);
      return;
    }
    List<JsonNode> theirs = readings.stream().map(s -> RealTailnet.peer(s, name)).toList();
    JsonNode last = theirs.get(theirs.size() - 1);
    String ip = mine.path("ips").path(0).asString("");
    if (!ip.equals(last.path("TailscaleIPs").path(0).asString())) {
      out.add(
          what + " " + name + ": IP " + ip + " but tailscale says " + last.path("TailscaleIPs"));
    }
    check(what, name, "online", online(mine), theirs, t -> t.path("Online").asBoolean(), out);
    String path = mine.path("path").asString("");
    if (theirs.stream().noneMatch(t -> pathAgrees(path, t))) {
      out.add(what + " " + name + ": path " + path + " but tailscale says " + paths(theirs));
    }
    if (path.equals("derp")) {
      check(
          what,
          name,
          "derpRegion",
          mine.path("derpRegion").asString(""),
          theirs,
          t -> t.path("Relay").asString(""),
          out);
    }
    check(what, name, "lastSeen", time(mine, "lastSeen"), theirs, t -> time(t, "LastSeen"), out);
    check(what, name, "keyExpiry", time(mine, "keyExpiry"), theirs, t -> time(t, "KeyExpiry"), out);
  }

  /**
   * The tray's model of the same snapshot: its peer status (online and path) and its menu line say
   * what tailscale says. Asserted on the reader's structured {@code PeerStatus}; of the menu line
   * only that it names the peer and says online/offline and the path's one word, not its phrasing.
   */
  private static void compareTray(
      String name, Snapshot tray, TrayModel menu, List<JsonNode> readings, List<String> out) {
    PeerStatus peer =
        tray.peers().stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    if (peer == null) {
      out.add("tray: no peer " + name + " in " + tray.peers());
      return;
    }
    List<JsonNode> theirs = readings.stream().map(s -> RealTailnet.peer(s, name)).toList();
    check("tray", name, "online", peer.online(), theirs, t -> t.path("Online").asBoolean(), out);
    if (theirs.stream().noneMatch(t -> pathAgrees(peer.path(), t))) {
      out.add("tray " + name + ": path " + peer.path() + " but tailscale says " + paths(theirs));
    }
    String line =
        menu.menu().stream()
            .filter(e -> e instanceof MenuEntry.Label l && l.text().startsWith(name + ": "))
            .map(e -> ((MenuEntry.Label) e).text())
            .findFirst()
            .orElse(null);
    if (line == null) {
      out.add("tray: no menu line for " + name + " in " + menu.menu());
      return;
    }
    String said = line.substring(name.length() + 2);
    boolean onlineWord = said.startsWith("online");
    if (onlineWord != peer.online() || (!peer.online() && !said.contains("offline"))) {
      out.add("tray menu " + name + ": \"" + line + "\" but its peer status is " + peer);
    }
    String word =
        switch (peer.path()) {
          case "direct" -> "direct";
          case "derp" -> peer.derpRegion();
          default -> null;
        };
    if (peer.online() && word != null && !said.contains(word)) {
      out.add("tray menu " + name + ": \"" + line + "\" does not say " + word);
    }
  }

  private static <T> void check(
      String what,
      String name,
      String field,
      T mine,
      List<JsonNode> theirs,
      Function<JsonNode, T> of,
      List<String> out) {
    if (theirs.stream().noneMatch(t -> Objects.equals(mine, of.apply(t)))) {
      out.add(
          what
              + " "
              + name
              + ": "
              + field
              + "="
              + mine
              + " but tailscale says "
              + theirs.stream().map(of).distinct().toList());
    }
  }

  /** The product's online: null (unknown) never agrees with tailscale's true or false. */
  private static Boolean online(JsonNode mine) {
    JsonNode v = mine.path("online");
    return v.isBoolean() ? v.asBoolean() : null;
  }

  /** A time as an instant's text, Go's zero time and absence as null. */
  private static String time(JsonNode node, String field) {
    String v = node.path(field).asString("");
    return v.isEmpty() || v.startsWith("0001-01-01") ? null : Instant.parse(v).toString();
  }

  private static String keyExpiry(JsonNode status, String peer) {
    return time(RealTailnet.peer(status, peer), "KeyExpiry");
  }

  /**
   * Our path against tailscale's: the same word by tailscale's own rule, except for a peer
   * tailscale says is offline, where it prints {@code relay "headscale"; offline} for an active one
   * (cmd/tailscale/cli/status.go): that is offline, not relayed (formats correction 5), and ours
   * must say offline or unknown.
   */
  private static boolean pathAgrees(String ours, JsonNode t) {
    if (!t.path("Online").asBoolean()) {
      return Set.of("offline", "unknown").contains(ours)
          || (ours.equals("idle") && !t.path("Active").asBoolean());
    }
    return ours.equals(pathOf(t));
  }

  private static List<String> paths(List<JsonNode> theirs) {
    return theirs.stream()
        .map(t -> pathOf(t) + (t.path("Online").asBoolean() ? "" : "; offline"))
        .distinct()
        .toList();
  }

  /** tailscale's own rule (cmd/tailscale/cli/status.go): what `tailscale status` would print. */
  private static String pathOf(JsonNode p) {
    if (!p.path("Active").asBoolean()) {
      return "idle";
    }
    if (!p.path("Relay").asString("").isEmpty()
        && p.path("CurAddr").asString("").isEmpty()
        && p.path("PeerRelay").asString("").isEmpty()) {
      return "derp";
    }
    if (!p.path("CurAddr").asString("").isEmpty()) {
      return "direct";
    }
    if (!p.path("PeerRelay").asString("").isEmpty()) {
      return "peer-relay";
    }
    return "idle";
  }

  /** headscale's node ID of a node, by name. */
  private static String nodeId(String name) {
    for (JsonNode n : RealTailnet.json(RealTailnet.lab("hs", "nodes", "list", "-o", "json"))) {
      if (name.equals(n.path("name").asString())) {
        return n.path("id").asString();
      }
    }
    throw new IllegalStateException("headscale lists no node " + name);
  }
}
