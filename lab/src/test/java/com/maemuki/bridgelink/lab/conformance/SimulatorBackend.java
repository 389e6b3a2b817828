package com.maemuki.bridgelink.lab.conformance;

import com.maemuki.bridgelink.testkit.localapi.LocalApiSimulator;
import com.maemuki.bridgelink.testkit.localapi.SimulatedTailnet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The test kit's LocalAPI simulator, shaped like the lab: bridge plus two online peers. */
final class SimulatorBackend implements LocalApiBackend, AutoCloseable {

  private static final String CONTROL_URL = "http://10.77.0.1:8080";

  private final SimulatedTailnet tailnet;
  private final LocalApiSimulator simulator;

  SimulatorBackend() throws IOException {
    tailnet = new SimulatedTailnet("bridge", "100.64.0.1");
    // the lab's control server: headscale
    tailnet.pref("ControlURL", tools.jackson.databind.node.StringNode.valueOf(CONTROL_URL));
    addPeers();
    Path dir = Files.createTempDirectory("conformance");
    simulator = LocalApiSimulator.start(dir.resolve("tailscaled.sock"), tailnet);
  }

  private void addPeers() {
    tailnet.addPeer("p1", "100.64.0.2").direct("10.77.2.2:41641");
    tailnet.addPeer("p2", "100.64.0.3").direct("10.77.3.2:41641");
  }

  @Override
  public Path socket() {
    return simulator.socketPath();
  }

  @Override
  public String selfIp() {
    return "100.64.0.1";
  }

  @Override
  public String onlinePeerIp() {
    return "100.64.0.2";
  }

  @Override
  public void stopOnlinePeer() {
    tailnet.peer("p1").offline(java.time.Instant.now());
  }

  @Override
  public void startOnlinePeer() {
    tailnet.peer("p1").direct("10.77.2.2:41641");
  }

  @Override
  public void removeAllPeers() {
    tailnet.removePeer("p1");
    tailnet.removePeer("p2");
  }

  @Override
  public void restorePeers() {
    addPeers();
  }

  @Override
  public void requireLogin() {
    tailnet.selfKeyExpiresIn(java.time.Duration.ofMinutes(-1));
    tailnet.backendState("NeedsLogin");
  }

  @Override
  public void approveLogin(String url) {
    if (url.equals(tailnet.authUrl())) {
      tailnet.selfKeyExpiresIn(java.time.Duration.ofDays(180));
      tailnet.running();
    }
  }

  @Override
  public void restoreLogin() {
    tailnet.selfKeyExpiresIn(java.time.Duration.ofDays(180));
    tailnet.running();
  }

  @Override
  public void close() throws IOException {
    simulator.close();
  }
}
