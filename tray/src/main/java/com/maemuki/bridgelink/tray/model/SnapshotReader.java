package com.maemuki.bridgelink.tray.model;

import com.maemuki.bridgelink.ipc.contract.ContractJson;
import com.maemuki.bridgelink.ipc.contract.FindingData;
import com.maemuki.bridgelink.ipc.contract.PeerData;
import com.maemuki.bridgelink.ipc.contract.RepairListEntry;
import com.maemuki.bridgelink.ipc.contract.RepairListResult;
import com.maemuki.bridgelink.ipc.contract.SnapshotData;
import com.maemuki.bridgelink.ipc.contract.TransitionData;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiAddress;
import com.maemuki.bridgelink.tailscale.repair.LocalApiTarget;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Reads the service's payloads, as the contract's records, into the tray's own model: what the
 * menu, the icon and the notifications need, with defaults for what an older service left out.
 */
public final class SnapshotReader {
  private SnapshotReader() {}

  /**
   * Reads a snapshot ({@code status.get} result or {@code snapshot} event data).
   *
   * @throws IllegalArgumentException when the payload is not a JSON object
   */
  public static Snapshot read(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("snapshot is not a JSON object");
    }
    SnapshotData data = ContractJson.read(node, SnapshotData.class);
    return new Snapshot(
        orElse(data.overall(), "ok"),
        orElse(data.summary(), ""),
        data.self() == null ? List.of() : data.self().ips(),
        data.peers().stream().map(SnapshotReader::peer).toList(),
        data.findings().stream().map(SnapshotReader::finding).toList(),
        data.notifications(),
        data.localApi(),
        data.self() == null ? null : data.self().profileOwnerSid());
  }

  /**
   * Reads a {@code transition} event; empty when it names no finding or a kind this tray does not
   * know.
   */
  public static Optional<FindingTransition> transition(JsonNode node) {
    if (node == null || !node.isObject()) {
      return Optional.empty();
    }
    TransitionData data = ContractJson.read(node, TransitionData.class);
    if (data.finding() == null || data.kind() == null) {
      return Optional.empty();
    }
    FindingTransition.Kind kind;
    switch (data.kind().toLowerCase(Locale.ROOT)) {
      case TransitionData.RAISED:
        kind = FindingTransition.Kind.RAISED;
        break;
      case TransitionData.CLEARED:
        kind = FindingTransition.Kind.CLEARED;
        break;
      case TransitionData.CHANGED:
        kind = FindingTransition.Kind.CHANGED;
        break;
      default:
        return Optional.empty();
    }
    return Optional.of(new FindingTransition(kind, finding(data.finding())));
  }

  /**
   * The snapshot's {@code localApi} ({@code "/run/tailscale/tailscaled.sock"}, a pipe name on
   * Windows) with its {@code servicePid}: the tailscaled the service watches, which user repairs
   * must use too. Empty when absent (an older service) or not a plausible address.
   */
  public static Optional<LocalApiTarget> localApi(JsonNode snapshot) {
    // Only text is an address: the contract's lenient reading would turn a number into "7".
    if (snapshot == null || !snapshot.isObject() || !snapshot.path("localApi").isString()) {
      return Optional.empty();
    }
    SnapshotData data = ContractJson.read(snapshot, SnapshotData.class);
    String address = data.localApi();
    if (address == null || address.isBlank() || address.length() > MAX_ADDRESS) {
      return Optional.empty();
    }
    Long pid = data.servicePid();
    try {
      return Optional.of(
          new LocalApiTarget(LocalApiAddress.parse(address), pid == null ? 0 : pid.longValue()));
    } catch (java.nio.file.InvalidPathException e) {
      return Optional.empty();
    }
  }

  /** Longer than any socket path or pipe name Windows or Linux accepts. */
  private static final int MAX_ADDRESS = 4096;

  /**
   * Where each repair in a {@code repair.list} result runs ({@code runsIn}: {@code service} or
   * {@code tray}); repairs without a known {@code runsIn} are left out.
   */
  public static Map<String, String> repairPlaces(JsonNode node) {
    Map<String, String> places = new LinkedHashMap<>();
    for (RepairListEntry repair : list(node).repairs()) {
      if (repair.id() != null
          && (RepairListEntry.SERVICE.equals(repair.runsIn())
              || RepairListEntry.TRAY.equals(repair.runsIn()))) {
        places.put(repair.id(), repair.runsIn());
      }
    }
    return Map.copyOf(places);
  }

  /**
   * The repairs in a {@code repair.list} result that this caller is allowed to run: id to title, in
   * the service's order.
   */
  public static Map<String, String> allowedRepairs(JsonNode node) {
    Map<String, String> allowed = new LinkedHashMap<>();
    for (RepairListEntry repair : list(node).repairs()) {
      if (repair.id() != null && Boolean.TRUE.equals(repair.allowed())) {
        allowed.put(repair.id(), orElse(repair.title(), repair.id()));
      }
    }
    return Map.copyOf(allowed);
  }

  private static RepairListResult list(JsonNode node) {
    return node == null || !node.isObject()
        ? new RepairListResult(null)
        : ContractJson.read(node, RepairListResult.class);
  }

  private static PeerStatus peer(PeerData peer) {
    return new PeerStatus(
        orElse(peer.name(), "?"),
        state(peer),
        orElse(peer.path(), "unknown"),
        peer.derpRegion(),
        peer.latencyMs(),
        peer.ips(),
        !peer.probes().isEmpty());
  }

  /**
   * The service's {@code state}; an older service sent only {@code online}, and a peer it could not
   * judge (null) is unknown, not offline.
   */
  private static String state(PeerData peer) {
    if (peer.state() != null && !peer.state().isBlank()) {
      return peer.state().strip().toLowerCase(Locale.ROOT);
    }
    if (peer.online() == null) {
      return "unknown";
    }
    return peer.online() ? "online" : "offline";
  }

  private static FindingStatus finding(FindingData finding) {
    String code = orElse(finding.code(), "unknown");
    return new FindingStatus(
        code,
        Severity.fromWire(finding.severity()),
        finding.subject(),
        orElse(finding.title(), code),
        orElse(finding.remedy(), ""),
        finding.repair(),
        orElse(finding.fixer(), "nobody"),
        orElse(finding.detail(), ""));
  }

  private static String orElse(String value, String fallback) {
    return value == null ? fallback : value;
  }
}
