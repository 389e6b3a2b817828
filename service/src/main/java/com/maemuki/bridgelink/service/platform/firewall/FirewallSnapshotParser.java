package com.maemuki.bridgelink.service.platform.firewall;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses the JSON of {@code Get-BridgeLinkFirewall.ps1}. Tolerant the way PowerShell output needs:
 * a one-element list may arrive as a bare string, enums as names or as their numbers, fields may be
 * missing or null. Bounded: input and rule count are capped before anything is built.
 */
public final class FirewallSnapshotParser {

  /** Larger input is refused unread. */
  public static final int MAX_INPUT_CHARS = 8 * 1024 * 1024;

  /** More rules than this are ignored (the script caps at 1000 by default). */
  public static final int MAX_RULES = 5000;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Parses the script's output; throws {@link FirewallParseException} with a plain reason. */
  public FirewallSnapshot parse(String json) throws FirewallParseException {
    if (json == null || json.isBlank()) {
      throw new FirewallParseException("the firewall script printed nothing");
    }
    if (json.length() > MAX_INPUT_CHARS) {
      throw new FirewallParseException("the firewall script printed more than 8 MiB");
    }
    JsonNode root;
    try {
      root = JSON.readTree(json.strip());
    } catch (JacksonException e) {
      throw new FirewallParseException(
          "the firewall script printed invalid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new FirewallParseException("the firewall script printed JSON that is not an object");
    }
    return new FirewallSnapshot(
        time(root.path("time")),
        profiles(root.path("profiles")),
        adapter(root.path("adapter")),
        rules(root.path("rules")),
        ports(root.path("localPorts")),
        strings(root.path("errors")));
  }

  private static Instant time(JsonNode node) {
    try {
      return node.isString() ? Instant.parse(node.stringValue()) : Instant.EPOCH;
    } catch (DateTimeParseException e) {
      return Instant.EPOCH;
    }
  }

  private static Map<ProfileKind, FirewallProfile> profiles(JsonNode node) {
    Map<ProfileKind, FirewallProfile> map = new EnumMap<>(ProfileKind.class);
    for (JsonNode p : list(node)) {
      ProfileKind kind = ProfileKind.parse(text(p.path("name"), ""));
      if (kind == null) {
        continue;
      }
      String defaultInbound = text(p.path("defaultInboundAction"), "NotConfigured");
      map.put(
          kind,
          new FirewallProfile(
              kind,
              gpoBoolean(p.path("enabled"), true),
              !(defaultInbound.equalsIgnoreCase("Allow") || defaultInbound.equals("2")),
              gpoBoolean(p.path("allowLocalFirewallRules"), true)));
    }
    return map;
  }

  private static TailscaleAdapter adapter(JsonNode node) {
    return new TailscaleAdapter(
        node.path("found").asBoolean(false),
        text(node.path("alias"), "Tailscale"),
        NetworkCategory.parse(text(node.path("networkCategory"), null)));
  }

  private static List<FirewallRule> rules(JsonNode node) {
    List<FirewallRule> rules = new ArrayList<>();
    for (JsonNode r : list(node)) {
      if (rules.size() >= MAX_RULES) {
        break;
      }
      String name = text(r.path("name"), "");
      if (name.isEmpty()) {
        continue;
      }
      String direction = text(r.path("direction"), "Inbound");
      String action = text(r.path("action"), "Allow");
      rules.add(
          new FirewallRule(
              name,
              text(r.path("displayName"), name),
              text(r.path("group"), ""),
              gpoBoolean(r.path("enabled"), true),
              direction.equalsIgnoreCase("Inbound") || direction.equals("1"),
              action.equalsIgnoreCase("Block") || action.equals("4"),
              text(r.path("protocol"), "Any"),
              strings(r.path("localPorts")),
              strings(r.path("icmpTypes")),
              strings(r.path("remoteAddresses")),
              strings(r.path("localAddresses")),
              strings(r.path("interfaceAliases")),
              ProfileKind.parseSet(profileText(r.path("profiles"))),
              text(r.path("program"), "Any"),
              text(r.path("policyStoreSourceType"), "Local")));
    }
    return rules;
  }

  private static String profileText(JsonNode node) {
    if (node.isArray()) {
      List<String> parts = new ArrayList<>();
      node.forEach(n -> parts.add(n.asString()));
      return String.join(",", parts);
    }
    return text(node, "Any");
  }

  private static List<Integer> ports(JsonNode node) {
    List<Integer> ports = new ArrayList<>();
    List<JsonNode> items = node.isNumber() ? List.of(node) : list(node);
    for (JsonNode p : items) {
      if (p.canConvertToInt() && p.asInt() >= 1 && p.asInt() <= 65535) {
        ports.add(p.asInt());
      }
    }
    return ports;
  }

  /** PowerShell's GpoBoolean: "True"/"False"/"NotConfigured" or 1/2/0 (or a JSON boolean). */
  private static boolean gpoBoolean(JsonNode node, boolean notConfigured) {
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    switch (text(node, "").toLowerCase(Locale.ROOT)) {
      case "true":
      case "1":
        return true;
      case "false":
      case "2":
        return false;
      default:
        return notConfigured;
    }
  }

  private static List<JsonNode> list(JsonNode node) {
    List<JsonNode> out = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(out::add);
    } else if (node.isObject()) {
      out.add(node);
    }
    return out;
  }

  private static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(n -> out.add(n.asString()));
    } else if (node.isValueNode() && !node.isNull()) {
      out.add(node.asString());
    }
    return out;
  }

  private static String text(JsonNode node, String fallback) {
    return node == null || node.isNull() || node.isMissingNode() || node.isContainer()
        ? fallback
        : node.asString();
  }
}
