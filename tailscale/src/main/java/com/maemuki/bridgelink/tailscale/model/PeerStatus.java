package com.maemuki.bridgelink.tailscale.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * {@code ipnstate.PeerStatus}: {@code Status.Self} and each {@code Status.Peer} entry. Strings are
 * never null (missing means {@code ""}); values whose absence means "unknown" are nullable.
 *
 * @param id the StableNodeID ({@code nRJT1utJ3i11CNTRL}), {@code ""} without a netmap
 * @param dnsName the MagicDNS FQDN as tailscaled writes it, usually with a trailing dot
 * @param altSharerUserId the user who shared this node in when that is not its owner; says nothing
 *     about whether it is shared in (see {@link #sharedIn(String)})
 * @param curAddr the direct UDP endpoint in use, {@code ""} when none
 * @param relay the peer's home DERP region code, set even when the path is direct
 * @param peerRelay {@code ip:port:vni:N} when a Tailscale peer relay carries the traffic
 * @param lastSeen when control last saw it; meaningful only while offline
 * @param online control's view, flattened from a tri-state (null: field absent, older than 1.20);
 *     see {@link #presence()}
 * @param active traffic within the last 45 s (null: field absent, older than 1.14)
 * @param shareeNode in our netmap only because we shared our node to its owner: it may connect to
 *     us, we cannot count on reaching it (the CLI hides these)
 * @param keyExpiry null when key expiry is disabled or not reported
 */
public record PeerStatus(
    String id,
    Long nodeId,
    String publicKey,
    String hostName,
    String dnsName,
    String os,
    Long userId,
    Long altSharerUserId,
    List<String> tailscaleIps,
    List<String> allowedIps,
    List<String> tags,
    String curAddr,
    String relay,
    String peerRelay,
    long rxBytes,
    long txBytes,
    Instant created,
    Instant lastWrite,
    Instant lastSeen,
    Instant lastHandshake,
    Boolean online,
    Boolean active,
    boolean exitNode,
    boolean exitNodeOption,
    boolean shareeNode,
    boolean expired,
    Instant keyExpiry) {

  public PeerStatus {
    id = nonNull(id);
    publicKey = nonNull(publicKey);
    hostName = nonNull(hostName);
    dnsName = nonNull(dnsName);
    os = nonNull(os);
    curAddr = nonNull(curAddr);
    relay = nonNull(relay);
    peerRelay = nonNull(peerRelay);
    tailscaleIps = tailscaleIps == null ? List.of() : List.copyOf(tailscaleIps);
    allowedIps = allowedIps == null ? List.of() : List.copyOf(allowedIps);
    tags = tags == null ? List.of() : List.copyOf(tags);
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  /**
   * The path by DESIGN.md's rule: not active → idle; a peer relay → peer-relay; a current address →
   * direct; otherwise a home DERP region → derp (relayed ⇔ Active && CurAddr=="" && PeerRelay==""
   * && Relay!="" && the peer is not reported offline), as DESIGN.md's relay rule says. An offline
   * peer we keep sending to looks the same (wgengine/magicsock keeps the DERP fallback for a peer
   * without a direct endpoint): with a LastSeen its path is offline; with {@code Online:false} and
   * no LastSeen (control did not say) it is unknown, never relayed. Without the {@code Active}
   * field (very old versions) a current address still means direct, anything else is unknown.
   */
  public PeerPath path() {
    if (active == null) {
      return curAddr.isEmpty() ? PeerPath.UNKNOWN : PeerPath.DIRECT;
    }
    if (!active) {
      return PeerPath.IDLE;
    }
    if (!peerRelay.isEmpty()) {
      return PeerPath.PEER_RELAY;
    }
    if (!curAddr.isEmpty()) {
      return PeerPath.DIRECT;
    }
    if (!relay.isEmpty()) {
      if (Boolean.FALSE.equals(online)) {
        // Offline, or control did not say: nothing shows a packet came back over DERP.
        return presence() == PeerPresence.OFFLINE ? PeerPath.OFFLINE : PeerPath.UNKNOWN;
      }
      return PeerPath.DERP;
    }
    return PeerPath.UNKNOWN;
  }

  /**
   * True for a node another tailnet shared into ours: its MagicDNS name is outside our tailnet's
   * suffix and it is not a sharee (a sharee is outside too, but there because we shared to its
   * owner). {@code AltSharerUserID} is no sign: it is set only when the sharer is not the owner.
   *
   * @param ourSuffix our {@code CurrentTailnet.MagicDNSSuffix} ({@link Status#dnsSuffix()}); with
   *     none known nothing counts as shared in
   */
  public boolean sharedIn(String ourSuffix) {
    String suffix = ourSuffix == null ? "" : ourSuffix.trim().toLowerCase(Locale.ROOT);
    while (suffix.endsWith(".")) {
      suffix = suffix.substring(0, suffix.length() - 1);
    }
    String name = fqdn().toLowerCase(Locale.ROOT);
    if (shareeNode || suffix.isEmpty() || name.isEmpty()) {
      return false;
    }
    return !name.endsWith("." + suffix);
  }

  /**
   * Control's view of the peer: online, offline (with a last-seen time), or unknown ({@code
   * Online:false} without a {@code LastSeen}, or no {@code Online} field): see {@link
   * PeerPresence}.
   */
  public PeerPresence presence() {
    if (Boolean.TRUE.equals(online)) {
      return PeerPresence.ONLINE;
    }
    if (Boolean.FALSE.equals(online) && lastSeen != null) {
      return PeerPresence.OFFLINE;
    }
    return PeerPresence.UNKNOWN;
  }

  /** The DNS name without its trailing dot ({@code host.tail1234.ts.net}), or {@code ""}. */
  public String fqdn() {
    return dnsName.endsWith(".") ? dnsName.substring(0, dnsName.length() - 1) : dnsName;
  }

  /** The MagicDNS short name (first DNS label), else the host name: what people call the node. */
  public String name() {
    String fqdn = fqdn();
    if (!fqdn.isEmpty()) {
      int dot = fqdn.indexOf('.');
      return dot < 0 ? fqdn : fqdn.substring(0, dot);
    }
    return hostName;
  }

  /** The first Tailscale IP (IPv4 when present, as tailscaled lists it first), or null. */
  public String firstIp() {
    return tailscaleIps.isEmpty() ? null : tailscaleIps.get(0);
  }

  /**
   * True when the node key has expired: control's {@code Expired} flag, or an expiry in the past on
   * a node that is not online. A node still online past its expiry has had it extended (or the
   * clocks differ): control flags and disconnects expired nodes, so it is not called expired.
   */
  public boolean keyExpired(Instant now) {
    return expired
        || (keyExpiry != null && !keyExpiry.isAfter(now) && !Boolean.TRUE.equals(online));
  }

  /**
   * Whole days until the key expires (negative once past), rounded down; null when the key does not
   * expire or the expiry is unknown.
   */
  public Long keyDaysLeft(Instant now) {
    if (keyExpiry == null) {
      return null;
    }
    return Math.floorDiv(Duration.between(now, keyExpiry).toSeconds(), 86_400L);
  }

  /** True when this node has a StableNodeID, i.e. it came from a netmap. */
  public boolean hasIdentity() {
    return !id.isEmpty() || !tailscaleIps.isEmpty();
  }

  /** The OS in lower case, for comparisons ({@code windows}, {@code macos}, …). */
  public String osLower() {
    return os.toLowerCase(Locale.ROOT);
  }

  /** A builder, since most sources fill only some fields. */
  public static Builder builder() {
    return new Builder();
  }

  /** Fills a {@link PeerStatus} field by field; unset fields take their "missing" value. */
  public static final class Builder {
    private String id;
    private Long nodeId;
    private String publicKey;
    private String hostName;
    private String dnsName;
    private String os;
    private Long userId;
    private Long altSharerUserId;
    private List<String> tailscaleIps;
    private List<String> allowedIps;
    private List<String> tags;
    private String curAddr;
    private String relay;
    private String peerRelay;
    private long rxBytes;
    private long txBytes;
    private Instant created;
    private Instant lastWrite;
    private Instant lastSeen;
    private Instant lastHandshake;
    private Boolean online;
    private Boolean active;
    private boolean exitNode;
    private boolean exitNodeOption;
    private boolean shareeNode;
    private boolean expired;
    private Instant keyExpiry;

    private Builder() {}

    public Builder id(String v) {
      id = v;
      return this;
    }

    public Builder nodeId(Long v) {
      nodeId = v;
      return this;
    }

    public Builder publicKey(String v) {
      publicKey = v;
      return this;
    }

    public Builder hostName(String v) {
      hostName = v;
      return this;
    }

    public Builder dnsName(String v) {
      dnsName = v;
      return this;
    }

    public Builder os(String v) {
      os = v;
      return this;
    }

    public Builder userId(Long v) {
      userId = v;
      return this;
    }

    public Builder altSharerUserId(Long v) {
      altSharerUserId = v;
      return this;
    }

    public Builder tailscaleIps(List<String> v) {
      tailscaleIps = v;
      return this;
    }

    public Builder allowedIps(List<String> v) {
      allowedIps = v;
      return this;
    }

    public Builder tags(List<String> v) {
      tags = v;
      return this;
    }

    public Builder curAddr(String v) {
      curAddr = v;
      return this;
    }

    public Builder relay(String v) {
      relay = v;
      return this;
    }

    public Builder peerRelay(String v) {
      peerRelay = v;
      return this;
    }

    public Builder rxBytes(long v) {
      rxBytes = v;
      return this;
    }

    public Builder txBytes(long v) {
      txBytes = v;
      return this;
    }

    public Builder created(Instant v) {
      created = v;
      return this;
    }

    public Builder lastWrite(Instant v) {
      lastWrite = v;
      return this;
    }

    public Builder lastSeen(Instant v) {
      lastSeen = v;
      return this;
    }

    public Builder lastHandshake(Instant v) {
      lastHandshake = v;
      return this;
    }

    public Builder online(Boolean v) {
      online = v;
      return this;
    }

    public Builder active(Boolean v) {
      active = v;
      return this;
    }

    public Builder exitNode(boolean v) {
      exitNode = v;
      return this;
    }

    public Builder exitNodeOption(boolean v) {
      exitNodeOption = v;
      return this;
    }

    public Builder shareeNode(boolean v) {
      shareeNode = v;
      return this;
    }

    public Builder expired(boolean v) {
      expired = v;
      return this;
    }

    public Builder keyExpiry(Instant v) {
      keyExpiry = v;
      return this;
    }

    public PeerStatus build() {
      return new PeerStatus(
          id,
          nodeId,
          publicKey,
          hostName,
          dnsName,
          os,
          userId,
          altSharerUserId,
          tailscaleIps,
          allowedIps,
          tags,
          curAddr,
          relay,
          peerRelay,
          rxBytes,
          txBytes,
          created,
          lastWrite,
          lastSeen,
          lastHandshake,
          online,
          active,
          exitNode,
          exitNodeOption,
          shareeNode,
          expired,
          keyExpiry);
    }
  }
}
