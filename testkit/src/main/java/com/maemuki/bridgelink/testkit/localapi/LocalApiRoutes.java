package com.maemuki.bridgelink.testkit.localapi;

import java.net.InetAddress;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * tailscaled's request checks and handlers ({@code ipn/localapi/localapi.go}): the Host/Origin/
 * Referer check, then one method per endpoint.
 */
final class LocalApiRoutes {

  static final String HOST = "local-tailscaled.sock";
  private static final DateTimeFormatter BUG_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  /** What the connection does with a request. */
  sealed interface Reply permits Respond, Hang, Watch {}

  record Respond(SimResponse response) implements Reply {}

  record Hang() implements Reply {}

  record Watch(long mask) implements Reply {}

  private final SimulatedTailnet tailnet;

  LocalApiRoutes(SimulatedTailnet tailnet) {
    this.tailnet = tailnet;
  }

  Reply route(SimRequest request) {
    return route(request, null);
  }

  /** Routes a request from {@code who} (null: an unidentified connection). */
  Reply route(SimRequest request, SimIdentity who) {
    String host = request.header("host");
    if (host == null) {
      // Go's server itself rejects an HTTP/1.1 request without Host before any handler runs.
      return respond(SimResponse.error(400, "Bad Request: missing required Host header"));
    }
    if (!(host.isEmpty() || host.equals(HOST))
        || request.header("origin") != null
        || request.header("referer") != null) {
      return respond(SimResponse.error(403, "invalid localapi request"));
    }
    if (request.path().equals("/server-status") && request.method().equals("GET")) {
      return respond(serverStatus());
    }
    if (request.path().equals("/")) {
      return respond(SimResponse.text(200, "tailscaled\n"));
    }
    if (!request.path().startsWith("/localapi/v0/")) {
      return respond(SimResponse.error(404, "404 page not found"));
    }
    switch (request.endpoint()) {
      case "status":
        return status(request);
      case "prefs":
        return prefs(request);
      case "ping":
        return ping(request);
      case "watch-ipn-bus":
        return watch(request);
      case "login-interactive":
        return loginInteractive(request, who);
      case "profiles/current":
        return respond(
            SimResponse.json(TabJson.compact(tailnet.profiles().document()) + "\n", false));
      case "bugreport":
        return bugReport(request);
      default:
        return respond(SimResponse.error(404, "404 not found"));
    }
  }

  private Reply status(SimRequest request) {
    boolean peers = !"false".equals(request.query().get("peers"));
    return respond(SimResponse.json(TabJson.tabbed(StatusDocument.build(tailnet, peers)), true));
  }

  private Reply prefs(SimRequest request) {
    if (request.method().equals("PATCH")) {
      JsonNode body;
      try {
        body = TabJson.MAPPER.readTree(request.body());
      } catch (JacksonException e) {
        return respond(jsonError(400, "invalid JSON: " + e.getOriginalMessage()));
      }
      if (!(body instanceof ObjectNode masked)) {
        return respond(jsonError(400, "prefs must be a JSON object"));
      }
      tailnet.applyMaskedPrefs(masked);
    } else if (!request.method().equals("GET")) {
      return respond(SimResponse.error(405, "unsupported method"));
    }
    return respond(SimResponse.json(TabJson.tabbed(prefsDocument()), false));
  }

  private ObjectNode prefsDocument() {
    synchronized (tailnet.lock()) {
      if (tailnet.onEmptyProfile()) {
        ObjectNode empty = tailnet.prefs();
        empty.putNull("Config"); // the empty profile has no node key
        return empty;
      }
      return SimPrefs.document(
          tailnet.prefs(), tailnet.self(), tailnet.users().get(tailnet.self().userId()));
    }
  }

  private Reply ping(SimRequest request) {
    if (!request.method().equals("POST")) {
      return respond(SimResponse.error(400, "want POST"));
    }
    Map<String, String> query = request.query();
    String ip = query.get("ip");
    if (ip == null || ip.isEmpty()) {
      return respond(SimResponse.error(400, "missing 'ip' parameter"));
    }
    if (!isIpLiteral(ip)) {
      return respond(SimResponse.error(400, "invalid IP"));
    }
    String type = query.get("type");
    if (type == null || type.isEmpty()) {
      return respond(SimResponse.error(400, "missing 'type' parameter"));
    }
    return PingResponder.answer(tailnet, ip, type)
        .<Reply>map(result -> respond(SimResponse.json(TabJson.compact(result) + "\n", false)))
        .orElse(new Hang());
  }

  private static boolean isIpLiteral(String ip) {
    if (!ip.matches("[0-9a-fA-F:.]+") || !(ip.contains(".") || ip.contains(":"))) {
      return false;
    }
    try {
      InetAddress.getByName(ip); // A literal of these characters never causes a DNS lookup.
      return true;
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }

  private Reply watch(SimRequest request) {
    String maskText = request.query().getOrDefault("mask", "0");
    long mask;
    try {
      mask = Long.parseUnsignedLong(maskText.isEmpty() ? "0" : maskText);
    } catch (NumberFormatException e) {
      return respond(SimResponse.error(400, "bad mask"));
    }
    if ((mask & (1L << 16)) != 0) {
      return respond(
          SimResponse.error(
              400, "NotifyInProcessNoDisconnect is only valid for in-process IPN bus subscribers"));
    }
    return new Watch(mask);
  }

  /**
   * {@code ipn/ipnserver/server.go serveServerStatus} (Windows builds): {@code {}}, or 503 with
   * {@code backend not ready} while tailscaled is still starting.
   */
  private SimResponse serverStatus() {
    boolean starting = tailnet.starting();
    String body = starting ? "{\"error\":\"backend not ready\"}\n" : "{}\n";
    return new SimResponse(
        starting ? 503 : 200,
        "application/json",
        body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        false);
  }

  private Reply loginInteractive(SimRequest request, SimIdentity who) {
    if (!request.method().equals("POST")) {
      return respond(SimResponse.error(400, "want POST"));
    }
    tailnet.startInteractiveLogin(who);
    return respond(SimResponse.noContent());
  }

  private Reply bugReport(SimRequest request) {
    if (!request.method().equals("POST")) {
      return respond(SimResponse.error(405, "only POST allowed"));
    }
    tailnet.countBugReport();
    ThreadLocalRandom random = ThreadLocalRandom.current();
    byte[] logId = new byte[32];
    byte[] suffix = new byte[8];
    random.nextBytes(logId);
    random.nextBytes(suffix);
    String marker =
        "BUG-"
            + HexFormat.of().formatHex(logId)
            + "-"
            + BUG_TIME.format(ZonedDateTime.now(ZoneOffset.UTC))
            + "Z-"
            + HexFormat.of().formatHex(suffix);
    return respond(SimResponse.text(200, marker + "\n"));
  }

  private static SimResponse jsonError(int status, String message) {
    String body = TabJson.compact(TabJson.object().put("Error", message)) + "\n";
    return new SimResponse(
        status, "application/json", body.getBytes(java.nio.charset.StandardCharsets.UTF_8), false);
  }

  private static Reply respond(SimResponse response) {
    return new Respond(response);
  }
}
