package com.maemuki.bridgelink.testkit.lab;

import com.maemuki.bridgelink.testkit.dns.LoopbackDnsServer;
import com.maemuki.bridgelink.testkit.localapi.LocalApiSimulator;
import com.maemuki.bridgelink.testkit.localapi.SimHealth;
import com.maemuki.bridgelink.testkit.localapi.SimProfiles;
import com.maemuki.bridgelink.testkit.localapi.SimulatedTailnet;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.node.BooleanNode;

/**
 * A simulated bridge link on loopback. This machine is {@code bridge-pc} at 127.0.0.10; peer {@code
 * i} is {@code bridge-peer[-i]} at 127.0.0.(11+i) with real listeners on its ports; the "OS
 * resolver" and "MagicDNS" are real DNS servers on 127.0.0.53 and 127.0.0.54. {@link
 * #inject(LabFault)} and {@link #restore(LabFault)} act on the first peer.
 */
public final class LinkLab implements AutoCloseable {

  public static final String SELF_IP = "127.0.0.10";

  /** An {@code intervals} object (seconds) fast enough for a test to see a fault in a second. */
  public static final String FAST_INTERVALS =
      "{\"status\": 0.2, \"prefs\": 0.2, \"daemon\": 0.3, \"probes\": 0.3, \"dns\": 0.3}";

  /** Short deadlines and two-poll damping to go with {@link #FAST_INTERVALS} (config members). */
  public static final String FAST_DEADLINES_AND_DAMPING =
      "\"deadlines\": {\"localApi\": 0.5, \"probe\": 0.5, \"dns\": 0.5, \"ping\": 0.5},\n"
          + "  \"damping\": {\"raiseAfter\": 2, \"raiseAfterSeconds\": 0, \"clearAfter\": 2,"
          + " \"confirmDelay\": 0.05}";

  private final Path dir;
  private final LocalApiSimulator simulator;
  private final LoopbackDnsServer osDns;
  private final LoopbackDnsServer magicDns;
  private final List<String> peerNames = new ArrayList<>();
  private final List<List<LoopbackListener>> peerPorts = new ArrayList<>();
  private final List<LoopbackListener> localPorts = new ArrayList<>();
  private final Path config;
  private final String goodConfig;

  /**
   * @param peers how many peers (each with {@code portsPerPeer} listening ports)
   * @param intervals the {@code intervals} object of the config, e.g. {@code {"status":0.2}}
   * @param extraConfig more top-level config members ({@code "damping": {…}}), or ""
   */
  public LinkLab(Path dir, int peers, int portsPerPeer, String intervals, String extraConfig)
      throws IOException {
    this.dir = dir;
    Files.createDirectories(dir);
    SimulatedTailnet tailnet = new SimulatedTailnet("bridge-pc", SELF_IP);
    osDns = new LoopbackDnsServer(InetAddress.getByName("127.0.0.53"));
    magicDns = new LoopbackDnsServer(InetAddress.getByName("127.0.0.54"));
    LoopbackListener local = new LoopbackListener(InetAddress.getByName(SELF_IP), 0);
    localPorts.add(local);
    StringBuilder peerJson = new StringBuilder();
    for (int i = 0; i < peers; i++) {
      String name = i == 0 ? "bridge-peer" : "bridge-peer-" + i;
      String ip = "127.0.0." + (11 + i);
      peerNames.add(name);
      tailnet.addPeer(name, ip).direct(ip + ":41641").traffic(1000, 2000);
      List<LoopbackListener> ports = new ArrayList<>();
      List<String> portNumbers = new ArrayList<>();
      for (int p = 0; p < portsPerPeer; p++) {
        LoopbackListener l = new LoopbackListener(InetAddress.getByName(ip), 0);
        ports.add(l);
        portNumbers.add(Integer.toString(l.port()));
      }
      peerPorts.add(ports);
      String fqdn = name + "." + tailnet.magicDnsSuffix();
      osDns.put(fqdn, List.of(InetAddress.getByName(ip)));
      magicDns.put(fqdn, List.of(InetAddress.getByName(ip)));
      peerJson
          .append(i == 0 ? "" : ",\n    ")
          .append(
              String.format(
                  Locale.ROOT,
                  "{\"name\": \"%s\", \"ports\": [%s], \"localPorts\": [%s]}",
                  name,
                  String.join(", ", portNumbers),
                  i == 0 ? Integer.toString(local.port()) : ""));
    }
    simulator = LocalApiSimulator.start(dir.resolve("tailscaled.sock"), tailnet);
    config = dir.resolve("config.json");
    goodConfig =
        "{\n  \"peers\": [\n    "
            + peerJson
            + "\n  ],\n  \"intervals\": "
            + intervals
            + ",\n  \"dns\": {\"osResolver\": \""
            + osDns.addressText()
            + "\", \"magicDnsServer\": \""
            + magicDns.addressText()
            + "\"}"
            + (extraConfig.isBlank() ? "" : ",\n  " + extraConfig)
            + "\n}\n";
    Files.writeString(config, goodConfig, StandardCharsets.UTF_8);
  }

  public Path configFile() {
    return config;
  }

  public Path socket() {
    return simulator.socketPath();
  }

  public SimulatedTailnet tailnet() {
    return simulator.tailnet();
  }

  public LocalApiSimulator simulator() {
    return simulator;
  }

  public List<String> peerNames() {
    return List.copyOf(peerNames);
  }

  public Path directory() {
    return dir;
  }

  private String fqdn(String name) {
    return name + "." + tailnet().magicDnsSuffix();
  }

  /** Breaks the link the way the guide's row describes. */
  public void inject(LabFault fault) throws IOException {
    String peer = peerNames.get(0);
    SimulatedTailnet t = tailnet();
    switch (fault) {
      case DAEMON_GONE -> simulator.stop();
      case NEEDS_LOGIN -> t.needsLogin();
      case EMPTY_PROFILE -> t.profiles().switchToEmpty();
      case BACKEND_STOPPED -> t.stopped();
      case KEY_EXPIRING -> t.selfKeyExpiresIn(Duration.ofDays(3));
      case KEY_EXPIRED -> {
        // As control reports it: the expiry passed, the node is marked expired and offline.
        t.selfKeyExpiresIn(Duration.ofHours(-2));
        t.self().expired(true).online(false);
      }
      case PEER_NOT_IN_TAILNET -> t.removePeer(peer);
      case PEER_OFFLINE -> t.peer(peer).offline(Instant.now());
      case PORT_CLOSED -> peerPorts.get(0).get(0).stop();
      case LOCAL_PORT_NOT_LISTENING -> localPorts.get(0).stop();
      case RELAYED_PATH -> t.peer(peer).relayed("fra");
      case MAGICDNS_OFF -> t.magicDns(false);
      case ACCEPT_DNS_OFF -> t.pref("CorpDNS", BooleanNode.FALSE);
      case NAME_UNRESOLVED -> osDns.remove(fqdn(peer));
      case HEALTH_WARNING ->
          t.health(
              List.of(
                  SimHealth.ofText("Tailscale could not connect to the DERP server (simulated).")));
      case BAD_CONFIG ->
          Files.writeString(
              config, goodConfig.replaceFirst("\"ports\": \\[", "\"ports\": [70000, "));
    }
  }

  /** Puts things right again. */
  public void restore(LabFault fault) throws IOException {
    String peer = peerNames.get(0);
    SimulatedTailnet t = tailnet();
    switch (fault) {
      case DAEMON_GONE -> simulator.restart();
      case NEEDS_LOGIN, BACKEND_STOPPED -> t.running();
      case EMPTY_PROFILE -> t.profiles().switchTo(SimProfiles.OWNER);
      case KEY_EXPIRING, KEY_EXPIRED -> {
        t.selfKeyExpiresIn(Duration.ofDays(300));
        t.self().expired(false).online(true);
      }
      case PEER_NOT_IN_TAILNET -> {
        String ip = "127.0.0.11";
        t.addPeer(peer, ip).direct(ip + ":41641").traffic(1000, 2000);
      }
      case PEER_OFFLINE, RELAYED_PATH -> t.peer(peer).direct("127.0.0.11:41641");
      case PORT_CLOSED -> peerPorts.get(0).get(0).resume();
      case LOCAL_PORT_NOT_LISTENING -> localPorts.get(0).resume();
      case MAGICDNS_OFF -> t.magicDns(true);
      case ACCEPT_DNS_OFF -> t.pref("CorpDNS", BooleanNode.TRUE);
      case NAME_UNRESOLVED -> osDns.put(fqdn(peer), List.of(InetAddress.getByName("127.0.0.11")));
      case HEALTH_WARNING -> t.health(List.of());
      case BAD_CONFIG -> Files.writeString(config, goodConfig);
    }
  }

  @Override
  public void close() throws IOException {
    simulator.close();
    osDns.close();
    magicDns.close();
    for (List<LoopbackListener> ports : peerPorts) {
      for (LoopbackListener l : ports) {
        l.close();
      }
    }
    for (LoopbackListener l : localPorts) {
      l.close();
    }
  }
}
