package com.maemuki.bridgelink.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code bridge-link status --json} (the running service's snapshot, which the tray shows too) and
 * {@code bridge-link doctor --json} agree with tailscaled's own {@code tailscale status --json} on
 * every peer: online, Tailscale IPs and path (direct / DERP region / peer relay / idle).
 */
@Tag("real-tailnet")
class StatusAgreementTest {

  private static BridgeLinkInLab product;

  @BeforeAll
  static void start() throws Exception {
    RealTailnet.require();
    product = BridgeLinkInLab.start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (product != null) {
      product.close();
    }
  }

  @Test
  void statusAndDoctorSayWhatTailscaleSays() throws Exception {
    assertAgreement();
  }

  @Test
  void withUdpBlockedBothSayRelayedThroughTheLabDerp() throws Exception {
    RealTailnet.fault("udp-blocked", "p1");
    try {
      // The bridge's probes keep traffic flowing; tailscaled falls back to DERP within seconds.
      long end = System.nanoTime() + 60_000_000_000L;
      while (!"derp".equals(pathOf(RealTailnet.peer(RealTailnet.status("bridge"), "p1")))
          && System.nanoTime() < end) {
        Thread.sleep(500);
      }
      assertThat(pathOf(RealTailnet.peer(RealTailnet.status("bridge"), "p1"))).isEqualTo("derp");
      assertAgreement();
    } finally {
      RealTailnet.heal("udp-blocked", "p1");
    }
  }

  private static void assertAgreement() throws Exception {
    List<String> disagreements = List.of("not compared yet");
    // A path changes while it is read (idle → active → direct): compare until one reading agrees.
    for (int attempt = 0; attempt < 20 && !disagreements.isEmpty(); attempt++) {
      JsonNode before = RealTailnet.status("bridge");
      JsonNode status = product.status();
      JsonNode doctor = product.doctor();
      JsonNode after = RealTailnet.status("bridge");
      disagreements = new ArrayList<>();
      for (String name : List.of("p1", "p2")) {
        compare("status", name, status, before, after, disagreements);
        compare("doctor", name, doctor, before, after, disagreements);
      }
      if (!disagreements.isEmpty()) {
        Thread.sleep(1000);
      }
    }
    assertThat(disagreements).isEmpty();
  }

  private static void compare(
      String what,
      String name,
      JsonNode report,
      JsonNode before,
      JsonNode after,
      List<String> out) {
    JsonNode mine = null;
    for (JsonNode p : report.path("peers")) {
      if (name.equals(p.path("name").asString())) {
        mine = p;
      }
    }
    if (mine == null) {
      out.add(what + ": no peer " + name + " in " + report.path("peers"));
      return;
    }
    JsonNode t1 = RealTailnet.peer(before, name);
    JsonNode t2 = RealTailnet.peer(after, name);
    String ip = mine.path("ips").get(0).asString();
    if (!ip.equals(t2.path("TailscaleIPs").get(0).asString())) {
      out.add(what + " " + name + ": IP " + ip + " but tailscale says " + t2.path("TailscaleIPs"));
    }
    boolean online = mine.path("online").asBoolean();
    if (online != t1.path("Online").asBoolean() && online != t2.path("Online").asBoolean()) {
      out.add(
          what + " " + name + ": online=" + online + " but tailscale says " + t2.path("Online"));
    }
    String path = mine.path("path").asString();
    if (!path.equals(pathOf(t1)) && !path.equals(pathOf(t2))) {
      out.add(
          what
              + " "
              + name
              + ": path "
              + path
              + " but tailscale says "
              + pathOf(t1)
              + "/"
              + pathOf(t2));
    }
    if (path.equals("derp")
        && !mine.path("derpRegion").asString().equals(t2.path("Relay").asString())) {
      out.add(
          what
              + " "
              + name
              + ": DERP region "
              + mine.path("derpRegion")
              + " vs "
              + t2.path("Relay"));
    }
  }

  /** tailscale's own rule (cmd/tailscale/cli/status.go): what `tailscale status` would print. */
  private static String pathOf(JsonNode p) {
    if (!p.path("CurAddr").asString("").isEmpty()) {
      return "direct";
    }
    if (!p.path("PeerRelay").asString("").isEmpty()) {
      return "peer-relay";
    }
    if (p.path("Active").asBoolean() && !p.path("Relay").asString("").isEmpty()) {
      return "derp";
    }
    return "idle";
  }
}
