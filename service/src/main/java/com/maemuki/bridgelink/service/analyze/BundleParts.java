package com.maemuki.bridgelink.service.analyze;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Recognises the files Bridge Link itself writes into a diagnostics bundle (service/diag:
 * manifest.json, snapshot.json, findings.json, config.redacted.json) and reads them tolerantly: a
 * field that is missing or of the wrong type is left out, never an error.
 */
final class BundleParts {

  static final String PRODUCT = "Maemuki Bridge Link";

  private BundleParts() {}

  /** The capture for one of the product's files, or null when {@code nodes} is not one. */
  static Capture detect(String name, List<JsonNode> nodes) {
    if (nodes.size() != 1) {
      return null;
    }
    JsonNode root = nodes.get(0);
    String base = baseName(name);
    if (root.isObject() && PRODUCT.equals(text(root, "product")) && root.has("entries")) {
      return new Capture.BundlePart(
          InputKind.BUNDLE_MANIFEST,
          new BundleView(
              text(root, "created"),
              strings(root.get("versions")),
              strings(root.get("missing")),
              null,
              null,
              List.of(),
              List.of(),
              List.of()));
    }
    if (root.isObject() && root.has("overall") && root.has("summary") && root.has("findings")) {
      List<String> states = new ArrayList<>();
      for (JsonNode p : array(root.get("peers"))) {
        String peer = text(p, "name");
        String state = text(p, "state");
        if (peer != null) {
          states.add(peer + ": " + (state == null ? onlineWord(p.get("online")) : state));
        }
      }
      return new Capture.BundlePart(
          InputKind.BRIDGE_LINK_SNAPSHOT,
          new BundleView(
              null,
              Map.of(),
              Map.of(),
              text(root, "overall"),
              text(root, "summary"),
              states,
              findings(root.get("findings")),
              List.of()));
    }
    if (root.isArray() && (base.startsWith("findings") || looksLikeFindings(root))) {
      return new Capture.BundlePart(
          InputKind.BRIDGE_LINK_SNAPSHOT,
          new BundleView(
              null, Map.of(), Map.of(), null, null, List.of(), findings(root), List.of()));
    }
    if (root.isObject()
        && (base.startsWith("config") || base.contains("bridge-link"))
        && root.has("peers")
        && root.get("peers").isArray()) {
      List<BundleView.ConfigPeer> peers = new ArrayList<>();
      for (JsonNode p : array(root.get("peers"))) {
        String peerName = text(p, "name");
        String host = text(p, "host");
        if (peerName != null || host != null) {
          peers.add(
              new BundleView.ConfigPeer(
                  peerName == null ? host : peerName, host == null ? peerName : host));
        }
      }
      return new Capture.BundlePart(
          InputKind.BRIDGE_LINK_CONFIG,
          new BundleView(null, Map.of(), Map.of(), null, null, List.of(), List.of(), peers));
    }
    return null;
  }

  /** {@code a} with the parts {@code b} has. */
  static BundleView merge(BundleView a, BundleView b) {
    return new BundleView(
        b.created() != null ? b.created() : a.created(),
        b.versions().isEmpty() ? a.versions() : b.versions(),
        b.missing().isEmpty() ? a.missing() : b.missing(),
        b.overall() != null ? b.overall() : a.overall(),
        b.summary() != null ? b.summary() : a.summary(),
        b.peerStates().isEmpty() ? a.peerStates() : b.peerStates(),
        b.findings().isEmpty() ? a.findings() : b.findings(),
        b.configPeers().isEmpty() ? a.configPeers() : b.configPeers());
  }

  private static boolean looksLikeFindings(JsonNode array) {
    return !array.isEmpty()
        && array.get(0).isObject()
        && array.get(0).has("code")
        && array.get(0).has("severity")
        && array.get(0).has("title");
  }

  private static List<BundleView.SeenFinding> findings(JsonNode list) {
    List<BundleView.SeenFinding> out = new ArrayList<>();
    for (JsonNode f : array(list)) {
      String code = text(f, "code");
      if (code != null) {
        out.add(
            new BundleView.SeenFinding(
                code,
                text(f, "severity"),
                text(f, "subject"),
                text(f, "title"),
                text(f, "detail"),
                text(f, "since")));
      }
    }
    return out;
  }

  private static String onlineWord(JsonNode online) {
    if (online == null || !online.isBoolean()) {
      return "unknown";
    }
    return online.booleanValue() ? "online" : "offline";
  }

  private static List<JsonNode> array(JsonNode n) {
    List<JsonNode> out = new ArrayList<>();
    if (n != null && n.isArray()) {
      for (JsonNode e : n.values()) {
        if (e != null && e.isObject()) {
          out.add(e);
        }
      }
    }
    return out;
  }

  private static Map<String, String> strings(JsonNode n) {
    Map<String, String> out = new LinkedHashMap<>();
    if (n != null && n.isObject()) {
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        if (e.getValue() != null && e.getValue().isValueNode() && !e.getValue().isNull()) {
          out.put(e.getKey(), e.getValue().asString());
        }
      }
    }
    return out;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n == null ? null : n.get(field);
    return v == null || v.isNull() || !v.isValueNode() ? null : v.asString();
  }

  private static String baseName(String name) {
    String n = name.replace('\\', '/');
    return n.substring(n.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
  }
}
