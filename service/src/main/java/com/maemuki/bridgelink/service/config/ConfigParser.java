package com.maemuki.bridgelink.service.config;

import com.maemuki.bridgelink.service.finding.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses {@code config.json} over the defaults. Every field is optional; every present field is
 * checked, and each problem names its field. The result is usable unless a problem refuses the
 * file: an unknown key is only a warning, so a typo or a newer version's setting costs nothing
 * else.
 */
public final class ConfigParser {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Set<String> TOP_LEVEL =
      Set.of(
          "peers",
          "intervals",
          "deadlines",
          "keyExpiryWarningDays",
          "damping",
          "metrics",
          "notifications",
          "localApiSocket",
          "dns",
          "allowUserRepair",
          "operatorsGroup",
          "tray",
          "$schema",
          "comment");

  /** The parsed configuration and what is wrong with it (empty when valid). */
  public record Result(BridgeLinkConfig config, List<ConfigProblem> problems) {
    public Result {
      problems = List.copyOf(problems);
    }

    /** True when nothing but warnings was found: the parsed configuration is to be used. */
    public boolean valid() {
      return problems.stream().noneMatch(ConfigProblem::refusesFile);
    }
  }

  private ConfigParser() {}

  public static Result parse(String json) {
    List<ConfigProblem> problems = new ArrayList<>();
    JsonNode root;
    try {
      // Notepad and PowerShell's Out-File write UTF-8 with a byte order mark.
      root = JSON.readTree(json.startsWith("\uFEFF") ? json.substring(1) : json);
    } catch (JacksonException e) {
      problems.add(JsonSyntax.describe(e));
      return new Result(BridgeLinkConfig.defaults(), problems);
    }
    if (root == null || !root.isObject()) {
      problems.add(new ConfigProblem("(file)", "must be a JSON object { ... }"));
      return new Result(BridgeLinkConfig.defaults(), problems);
    }
    FieldReader in = new FieldReader(problems);
    in.warnUnknown(root, "", TOP_LEVEL);
    BridgeLinkConfig d = BridgeLinkConfig.defaults();
    String socket = in.string(root, "", "localApiSocket", d.localApiSocket());
    if (socket != null && socket.isBlank()) {
      in.problem("localApiSocket", "must not be empty (leave it out for the default)");
    }
    String tray = in.string(root, "", "tray", d.tray()).toLowerCase(Locale.ROOT);
    if (!tray.equals("show") && !tray.equals("hide")) {
      in.problem("tray", "must be \"show\" or \"hide\"");
      tray = d.tray();
    }
    BridgeLinkConfig config =
        new BridgeLinkConfig(
            peers(in, root),
            intervals(in, in.object(root, "", "intervals")),
            deadlines(in, in.object(root, "", "deadlines")),
            in.integer(root, "", "keyExpiryWarningDays", d.keyExpiryWarningDays(), 0, 365),
            damping(in, in.object(root, "", "damping")),
            metrics(in, in.object(root, "", "metrics")),
            notifications(in, in.object(root, "", "notifications")),
            socket,
            dns(in, in.object(root, "", "dns")),
            in.bool(root, "", "allowUserRepair", d.allowUserRepair()),
            operatorsGroup(in, root),
            tray);
    return new Result(config, problems);
  }

  private static String operatorsGroup(FieldReader in, JsonNode root) {
    String group = in.string(root, "", "operatorsGroup", null);
    if (group == null) {
      return null;
    }
    String problem = OperatorsGroupSetting.problem(group.strip());
    if (problem != null) {
      in.problem("operatorsGroup", problem);
      return null;
    }
    return group.strip();
  }

  private static List<PeerConfig> peers(FieldReader in, JsonNode root) {
    List<PeerConfig> peers = new ArrayList<>();
    JsonNode list = root.get("peers");
    if (list == null || list.isNull()) {
      return peers;
    }
    if (!list.isArray()) {
      in.problem("peers", "must be a list of peers, e.g. [{\"name\": \"bridge-peer\"}]");
      return peers;
    }
    if (list.size() > ConfigLimits.MAX_PEERS) {
      in.problem("peers", "at most " + ConfigLimits.MAX_PEERS + " peers");
      return peers;
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String path = "peers[" + i + "]";
      JsonNode node = list.get(i);
      if (!node.isObject()) {
        in.problem(path, "must be an object with at least a name");
        continue;
      }
      in.warnUnknown(node, path, Set.of("name", "host", "ports", "localPorts"));
      String name = in.string(node, path, "name", null);
      if (name == null) {
        in.problem(path + ".name", "is required");
        continue;
      }
      if (!ConfigLimits.PEER_NAME.matcher(name).matches()) {
        in.problem(path + ".name", "must be 1-63 letters, digits, '.', '_' or '-'");
        continue;
      }
      if (!names.add(name)) {
        in.problem(path + ".name", "peer \"" + name + "\" is listed twice");
        continue;
      }
      String host = in.string(node, path, "host", name);
      if (!ConfigLimits.HOST.matcher(host).matches()) {
        in.problem(
            path + ".host",
            "must be a MagicDNS name, FQDN, Tailscale IP or node ID: \"" + host + "\"");
        host = name;
      }
      peers.add(
          new PeerConfig(
              name, host, in.ports(node, path, "ports"), in.ports(node, path, "localPorts")));
    }
    return peers;
  }

  private static Intervals intervals(FieldReader in, JsonNode node) {
    Intervals d = Intervals.defaults();
    if (node == null) {
      return d;
    }
    String p = "intervals";
    in.warnUnknown(node, p, Set.of("status", "prefs", "daemon", "probes", "dns", "netcheck"));
    return new Intervals(
        in.seconds(node, p, "status", d.status(), 0.05, 3600),
        in.seconds(node, p, "prefs", d.prefs(), 0.05, 3600),
        in.seconds(node, p, "daemon", d.daemon(), 0.05, 3600),
        in.seconds(node, p, "probes", d.probes(), 0.05, 3600),
        in.seconds(node, p, "dns", d.dns(), 0.05, 86400),
        in.seconds(node, p, "netcheck", d.netcheck(), 0, 86400));
  }

  private static Deadlines deadlines(FieldReader in, JsonNode node) {
    Deadlines d = Deadlines.defaults();
    if (node == null) {
      return d;
    }
    String p = "deadlines";
    in.warnUnknown(node, p, Set.of("localApi", "probe", "dns", "ping"));
    return new Deadlines(
        in.seconds(node, p, "localApi", d.localApi(), 0.05, 60),
        in.seconds(node, p, "probe", d.probe(), 0.05, 60),
        in.seconds(node, p, "dns", d.dns(), 0.05, 60),
        in.seconds(node, p, "ping", d.ping(), 0.05, 1.5));
  }

  private static Damping damping(FieldReader in, JsonNode node) {
    Damping d = Damping.defaults();
    if (node == null) {
      return d;
    }
    String p = "damping";
    in.warnUnknown(
        node,
        p,
        Set.of("raiseAfter", "raiseAfterSeconds", "clearAfter", "confirmDelay", "resumeGrace"));
    return new Damping(
        in.integer(node, p, "raiseAfter", d.raiseAfter(), 1, 100),
        in.seconds(node, p, "raiseAfterSeconds", d.raiseAfterTime(), 0, 3600),
        in.integer(node, p, "clearAfter", d.clearAfter(), 1, 100),
        in.seconds(node, p, "confirmDelay", d.confirmDelay(), 0, 60),
        in.seconds(node, p, "resumeGrace", d.resumeGrace(), 0, 3600));
  }

  private static MetricsConfig metrics(FieldReader in, JsonNode node) {
    MetricsConfig d = MetricsConfig.defaults();
    if (node == null) {
      return d;
    }
    in.warnUnknown(node, "metrics", Set.of("prometheus", "otlp"));
    MetricsConfig.Prometheus prom = d.prometheus();
    JsonNode pn = in.object(node, "metrics", "prometheus");
    if (pn != null) {
      String p = "metrics.prometheus";
      in.warnUnknown(pn, p, Set.of("enabled", "port", "bind"));
      prom =
          new MetricsConfig.Prometheus(
              in.bool(pn, p, "enabled", prom.enabled()),
              in.integer(pn, p, "port", prom.port(), 0, 65535),
              in.string(pn, p, "bind", prom.bind()));
      if (!ConfigLimits.HOST.matcher(prom.bind()).matches()) {
        in.problem(p + ".bind", "must be an IP address such as 127.0.0.1");
      }
    }
    MetricsConfig.Otlp otlp = d.otlp();
    JsonNode on = in.object(node, "metrics", "otlp");
    if (on != null) {
      otlp = OtlpSettingsReader.read(in, on, otlp);
    }
    return new MetricsConfig(prom, otlp);
  }

  private static NotificationPolicy notifications(FieldReader in, JsonNode node) {
    NotificationPolicy d = NotificationPolicy.defaults();
    if (node == null) {
      return d;
    }
    String p = "notifications";
    in.warnUnknown(node, p, Set.of("minSeverity", "notifyOnClear"));
    String min = in.string(node, p, "minSeverity", d.minSeverity().wireName());
    Severity severity = d.minSeverity();
    try {
      severity = Severity.valueOf(min.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      in.problem(p + ".minSeverity", "must be one of info, warning, critical");
    }
    return new NotificationPolicy(severity, in.bool(node, p, "notifyOnClear", d.notifyOnClear()));
  }

  private static DnsConfig dns(FieldReader in, JsonNode node) {
    DnsConfig d = DnsConfig.defaults();
    if (node == null) {
      return d;
    }
    in.warnUnknown(node, "dns", Set.of("osResolver", "magicDnsServer"));
    String os = in.string(node, "dns", "osResolver", d.osResolver());
    String magic = in.string(node, "dns", "magicDnsServer", d.magicDnsServer());
    if (!os.equals(DnsConfig.SYSTEM) && ServerAddress.parse(os, 53) == null) {
      in.problem("dns.osResolver", "must be \"system\" or an address such as 127.0.0.1:5353");
    }
    if (ServerAddress.parse(magic, 53) == null) {
      in.problem("dns.magicDnsServer", "must be an address such as 100.100.100.100");
    }
    return new DnsConfig(os, magic);
  }
}
