package com.maemuki.bridgelink.tray.model;

import com.maemuki.bridgelink.tailscale.localapi.LocalApiAddress;
import com.maemuki.bridgelink.tailscale.repair.LocalApiTarget;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** Reads the payloads of docs/ipc-contract.md into the tray's records. */
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
    List<PeerStatus> peers =
        JsonFields.objects(node, "peers").stream()
            .map(SnapshotReader::peer)
            .collect(Collectors.toList());
    List<FindingStatus> findings =
        JsonFields.objects(node, "findings").stream()
            .map(SnapshotReader::finding)
            .collect(Collectors.toList());
    return new Snapshot(
        JsonFields.text(node, "overall", "ok"),
        JsonFields.text(node, "summary", ""),
        JsonFields.texts(node.path("self"), "ips"),
        peers,
        findings);
  }

  /**
   * The snapshot's {@code localApi} ({@code "/run/tailscale/tailscaled.sock"}, a pipe name on
   * Windows) with its {@code servicePid}: the tailscaled the service watches, which user repairs
   * must use too. Empty when absent (an older service) or not a plausible address.
   */
  public static Optional<LocalApiTarget> localApi(JsonNode snapshot) {
    String address = snapshot == null ? null : JsonFields.text(snapshot, "localApi");
    if (address == null || address.isBlank() || address.length() > MAX_ADDRESS) {
      return Optional.empty();
    }
    Double pid = JsonFields.number(snapshot, "servicePid");
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
    if (node != null) {
      for (JsonNode repair : JsonFields.objects(node, "repairs")) {
        String id = JsonFields.text(repair, "id");
        String runsIn = JsonFields.text(repair, "runsIn");
        if (id != null && ("service".equals(runsIn) || "tray".equals(runsIn))) {
          places.put(id, runsIn);
        }
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
    if (node != null) {
      for (JsonNode repair : JsonFields.objects(node, "repairs")) {
        String id = JsonFields.text(repair, "id");
        if (id != null && JsonFields.flag(repair, "allowed")) {
          allowed.put(id, JsonFields.text(repair, "title", id));
        }
      }
    }
    return Map.copyOf(allowed);
  }

  private static PeerStatus peer(JsonNode node) {
    return new PeerStatus(
        JsonFields.text(node, "name", "?"),
        JsonFields.flag(node, "online"),
        JsonFields.text(node, "path", "unknown"),
        JsonFields.text(node, "derpRegion"),
        JsonFields.number(node, "latencyMs"));
  }

  private static FindingStatus finding(JsonNode node) {
    String code = JsonFields.text(node, "code", "unknown");
    return new FindingStatus(
        code,
        Severity.fromWire(JsonFields.text(node, "severity")),
        JsonFields.text(node, "subject"),
        JsonFields.text(node, "title", code),
        JsonFields.text(node, "remedy", ""),
        JsonFields.text(node, "repair"),
        JsonFields.text(node, "fixer", "nobody"));
  }
}
