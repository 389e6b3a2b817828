package com.maemuki.bridgelink.lab.conformance;

import com.maemuki.bridgelink.lab.RealTailnet;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;

/** The lab's bridge node: real tailscaled v1.102.5 on a real tailnet (headscale). */
final class RealTailscaledBackend implements LocalApiBackend {

  @Override
  public Path socket() {
    return RealTailnet.bridgeSocket();
  }

  @Override
  public String selfIp() {
    return RealTailnet.status("bridge").path("TailscaleIPs").get(0).asString();
  }

  @Override
  public String onlinePeerIp() {
    JsonNode p1 = RealTailnet.peer(RealTailnet.status("bridge"), "p1");
    return p1.path("TailscaleIPs").get(0).asString();
  }

  @Override
  public void stopOnlinePeer() throws InterruptedException {
    RealTailnet.fault("peer-stopped", "p1");
    RealTailnet.awaitPeers(1, 2);
  }

  @Override
  public void startOnlinePeer() throws InterruptedException {
    RealTailnet.heal("peer-stopped", "p1");
    RealTailnet.awaitPeers(2, 2);
  }

  @Override
  public void removeAllPeers() throws InterruptedException {
    RealTailnet.fault("all-peers-deleted", "bridge");
    RealTailnet.awaitPeers(0, 0);
  }

  @Override
  public void restorePeers() throws InterruptedException {
    RealTailnet.heal("all-peers-deleted", "bridge");
    RealTailnet.awaitPeers(2, 2);
  }

  @Override
  public void requireLogin() throws InterruptedException {
    RealTailnet.freshControlClient();
    RealTailnet.fault("key-expired", "bridge");
    awaitState("NeedsLogin");
  }

  @Override
  public void approveLogin(String url) {
    RealTailnet.register(url);
  }

  @Override
  public void restoreLogin() throws InterruptedException {
    if (!"Running".equals(state())) {
      RealTailnet.heal("key-expired", "bridge");
    }
    awaitState("Running");
    RealTailnet.awaitPeers(2, 2);
  }

  private static String state() {
    return RealTailnet.status("bridge").path("BackendState").asString();
  }

  private static void awaitState(String want) throws InterruptedException {
    long end = System.nanoTime() + 60_000_000_000L;
    while (!want.equals(state()) && System.nanoTime() < end) {
      Thread.sleep(250);
    }
    if (!want.equals(state())) {
      throw new IllegalStateException(
          "the bridge is " + state() + ", not " + want + ", after 60 s");
    }
  }
}
