package com.maemuki.bridgelink.testkit.localapi;

import java.time.Instant;
import java.util.List;

/**
 * A node of the simulated tailnet (the self node or a peer), with the {@code PeerStatus} fields a
 * monitor reads. Setters return {@code this}; every access locks the owning tailnet, so a change
 * made from a test thread is seen by the next request.
 */
public final class SimNode {

  private final Object lock;
  private String id;
  private long nodeId;
  private String publicKey;
  private String hostName;
  private String dnsName;
  private String os = "linux";
  private long userId;
  private Long altSharerUserId;
  private List<String> tailscaleIps = List.of();
  private List<String> tags = List.of();
  private String curAddr = "";
  private String relay = "";
  private String peerRelay = "";
  private boolean online = true;
  private boolean active;
  private boolean exitNode;
  private boolean shareeNode;
  private boolean expired;
  private Instant keyExpiry;
  private Instant lastSeen;
  private long rxBytes;
  private long txBytes;
  private int pingLatencyMillis = 12;

  SimNode(Object lock, String hostName) {
    this.lock = lock;
    this.hostName = hostName;
    this.id = "nSim" + Integer.toHexString(hostName.hashCode() & 0xfffffff) + "CNTRL";
    this.nodeId = hostName.hashCode() & 0x7fffffffL;
    this.publicKey = "nodekey:" + String.format("%064x", nodeId);
    this.dnsName = hostName.toLowerCase(java.util.Locale.ROOT) + ".tail4e2b9c.ts.net.";
  }

  // --- reads (used by the documents; each takes the lock for a consistent view) ---

  public String id() {
    synchronized (lock) {
      return id;
    }
  }

  public long nodeId() {
    synchronized (lock) {
      return nodeId;
    }
  }

  public String publicKey() {
    synchronized (lock) {
      return publicKey;
    }
  }

  public String hostName() {
    synchronized (lock) {
      return hostName;
    }
  }

  public String dnsName() {
    synchronized (lock) {
      return dnsName;
    }
  }

  public String os() {
    synchronized (lock) {
      return os;
    }
  }

  public long userId() {
    synchronized (lock) {
      return userId;
    }
  }

  public Long altSharerUserId() {
    synchronized (lock) {
      return altSharerUserId;
    }
  }

  public List<String> tailscaleIps() {
    synchronized (lock) {
      return tailscaleIps;
    }
  }

  public List<String> tags() {
    synchronized (lock) {
      return tags;
    }
  }

  public String curAddr() {
    synchronized (lock) {
      return curAddr;
    }
  }

  public String relay() {
    synchronized (lock) {
      return relay;
    }
  }

  public String peerRelay() {
    synchronized (lock) {
      return peerRelay;
    }
  }

  public boolean online() {
    synchronized (lock) {
      return online;
    }
  }

  public boolean active() {
    synchronized (lock) {
      return active;
    }
  }

  public boolean exitNode() {
    synchronized (lock) {
      return exitNode;
    }
  }

  public boolean shareeNode() {
    synchronized (lock) {
      return shareeNode;
    }
  }

  public boolean expired() {
    synchronized (lock) {
      return expired;
    }
  }

  public Instant keyExpiry() {
    synchronized (lock) {
      return keyExpiry;
    }
  }

  public Instant lastSeen() {
    synchronized (lock) {
      return lastSeen;
    }
  }

  public long rxBytes() {
    synchronized (lock) {
      return rxBytes;
    }
  }

  public long txBytes() {
    synchronized (lock) {
      return txBytes;
    }
  }

  public int pingLatencyMillis() {
    synchronized (lock) {
      return pingLatencyMillis;
    }
  }

  // --- writes ---

  public SimNode id(String value) {
    synchronized (lock) {
      id = value;
      return this;
    }
  }

  public SimNode nodeId(long value) {
    synchronized (lock) {
      nodeId = value;
      return this;
    }
  }

  public SimNode publicKey(String value) {
    synchronized (lock) {
      publicKey = value;
      return this;
    }
  }

  public SimNode hostName(String value) {
    synchronized (lock) {
      hostName = value;
      return this;
    }
  }

  /** The MagicDNS FQDN; a trailing dot is added as tailscaled writes it. */
  public SimNode dnsName(String value) {
    synchronized (lock) {
      dnsName = value.isEmpty() || value.endsWith(".") ? value : value + ".";
      return this;
    }
  }

  public SimNode os(String value) {
    synchronized (lock) {
      os = value;
      return this;
    }
  }

  public SimNode userId(long value) {
    synchronized (lock) {
      userId = value;
      return this;
    }
  }

  /** Marks the node as shared in by another user (null: not shared in). */
  public SimNode altSharerUserId(Long value) {
    synchronized (lock) {
      altSharerUserId = value;
      return this;
    }
  }

  public SimNode tailscaleIps(List<String> value) {
    synchronized (lock) {
      tailscaleIps = List.copyOf(value);
      return this;
    }
  }

  public SimNode tags(List<String> value) {
    synchronized (lock) {
      tags = List.copyOf(value);
      return this;
    }
  }

  public SimNode curAddr(String value) {
    synchronized (lock) {
      curAddr = value;
      return this;
    }
  }

  /** The peer's home DERP region code (set even on a direct path, as tailscaled does). */
  public SimNode relay(String value) {
    synchronized (lock) {
      relay = value;
      return this;
    }
  }

  public SimNode peerRelay(String value) {
    synchronized (lock) {
      peerRelay = value;
      return this;
    }
  }

  public SimNode online(boolean value) {
    synchronized (lock) {
      online = value;
      return this;
    }
  }

  public SimNode active(boolean value) {
    synchronized (lock) {
      active = value;
      return this;
    }
  }

  public SimNode exitNode(boolean value) {
    synchronized (lock) {
      exitNode = value;
      return this;
    }
  }

  public SimNode shareeNode(boolean value) {
    synchronized (lock) {
      shareeNode = value;
      return this;
    }
  }

  public SimNode expired(boolean value) {
    synchronized (lock) {
      expired = value;
      return this;
    }
  }

  /** When the node key expires; null means key expiry is disabled (the field is left out). */
  public SimNode keyExpiry(Instant value) {
    synchronized (lock) {
      keyExpiry = value;
      return this;
    }
  }

  public SimNode lastSeen(Instant value) {
    synchronized (lock) {
      lastSeen = value;
      return this;
    }
  }

  public SimNode traffic(long rx, long tx) {
    synchronized (lock) {
      rxBytes = rx;
      txBytes = tx;
      return this;
    }
  }

  /** The latency a ping reply reports when no {@link PingScript} overrides it. */
  public SimNode pingLatencyMillis(int value) {
    synchronized (lock) {
      pingLatencyMillis = value;
      return this;
    }
  }

  // --- the usual path states in one call ---

  /** Online and active over a direct UDP path {@code endpoint}. */
  public SimNode direct(String endpoint) {
    synchronized (lock) {
      return online(true).active(true).curAddr(endpoint).peerRelay("");
    }
  }

  /** Online and active, relayed through DERP {@code region} (its home region). */
  public SimNode relayed(String region) {
    synchronized (lock) {
      return online(true).active(true).curAddr("").peerRelay("").relay(region);
    }
  }

  /** Online and active through a Tailscale peer relay {@code ip:port:vni:N}. */
  public SimNode viaPeerRelay(String relayAddress) {
    synchronized (lock) {
      return online(true).active(true).curAddr("").peerRelay(relayAddress);
    }
  }

  /** Offline since {@code since} (control's view), no traffic. */
  public SimNode offline(Instant since) {
    synchronized (lock) {
      return online(false).active(false).curAddr("").lastSeen(since);
    }
  }

  /**
   * Offline since {@code since} while this node keeps sending to it: Active, no current address,
   * its home DERP region still set (wgengine/magicsock falls back to DERP for a peer without a
   * direct endpoint; the CLI prints {@code relay "fra"; offline}).
   */
  public SimNode offlineWhileSending(Instant since, String region) {
    synchronized (lock) {
      return online(false).active(true).curAddr("").peerRelay("").relay(region).lastSeen(since);
    }
  }

  /**
   * Control did not say whether it is online (its tri-state {@code Online} is nil): tailscaled
   * writes {@code Online:false} with a zero {@code LastSeen} (ipn/ipnlocal/local.go
   * populatePeerStatusLocked).
   */
  public SimNode onlineUnknown() {
    synchronized (lock) {
      return online(false).lastSeen(null);
    }
  }

  /** The first Tailscale IP, or "". */
  public String firstIp() {
    synchronized (lock) {
      return tailscaleIps.isEmpty() ? "" : tailscaleIps.get(0);
    }
  }
}
