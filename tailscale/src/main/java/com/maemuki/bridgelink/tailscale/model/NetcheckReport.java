package com.maemuki.bridgelink.tailscale.model;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * {@code tailscale netcheck}, from its text report or {@code --format=json}. Every field may be
 * null: text reports omit lines, and the JSON's opt.Bools may be null.
 *
 * @param globalV4 the public IPv4 {@code ip:port} seen by STUN, or null
 * @param globalV6 the public IPv6 {@code [ip]:port}, or null
 * @param mappingVariesByDestIp true means a "hard" NAT (endpoint-dependent mapping)
 * @param portMapping the port-mapping protocols found (UPnP, NAT-PMP, PCP); empty when none; null
 *     when not checked or unknown
 * @param preferredDerpId the JSON's {@code PreferredDERP} region ID (0 → null)
 * @param preferredDerpName the text's "Nearest DERP" region name
 * @param latencies per region, in the order reported
 */
public record NetcheckReport(
    Instant time,
    Boolean udp,
    Boolean ipv4,
    String globalV4,
    Boolean ipv6,
    String globalV6,
    Boolean mappingVariesByDestIp,
    List<String> portMapping,
    Boolean captivePortal,
    Integer preferredDerpId,
    String preferredDerpName,
    List<DerpLatency> latencies) {

  public NetcheckReport {
    portMapping = portMapping == null ? null : List.copyOf(portMapping);
    latencies = latencies == null ? List.of() : List.copyOf(latencies);
  }

  /** The preferred region's latency entry, matched by ID, name or code; null when unknown. */
  public DerpLatency preferredDerp() {
    for (DerpLatency l : latencies) {
      if (preferredDerpId != null && preferredDerpId.equals(l.regionId())) {
        return l;
      }
      if (preferredDerpName != null
          && (equalsIgnoreCase(preferredDerpName, l.name())
              || equalsIgnoreCase(preferredDerpName, l.code()))) {
        return l;
      }
    }
    return null;
  }

  /** A label for the preferred region: its code/name when known, else "region N"; null if none. */
  public String preferredDerpLabel() {
    DerpLatency l = preferredDerp();
    if (l != null && (l.code() != null || l.name() != null)) {
      return l.label();
    }
    if (preferredDerpName != null && !preferredDerpName.isEmpty()) {
      return preferredDerpName;
    }
    return preferredDerpId == null ? null : "region " + preferredDerpId;
  }

  /** The preferred region's latency in ms, or null. */
  public Double preferredDerpLatencyMs() {
    DerpLatency l = preferredDerp();
    return l == null ? null : l.latencyMs();
  }

  private static boolean equalsIgnoreCase(String a, String b) {
    return b != null && a.trim().toLowerCase(Locale.ROOT).equals(b.trim().toLowerCase(Locale.ROOT));
  }
}
