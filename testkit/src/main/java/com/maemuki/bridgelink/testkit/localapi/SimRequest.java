package com.maemuki.bridgelink.testkit.localapi;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request as the simulator received it: header names lower-case, the raw target and the body.
 * Tests read these from {@link LocalApiSimulator#requests()} to check what a client sent.
 */
public record SimRequest(
    String method, String target, Map<String, List<String>> headers, byte[] body) {

  /** The first value of a header, or null when absent. */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  public String path() {
    int q = target.indexOf('?');
    return q < 0 ? target : target.substring(0, q);
  }

  /** The query parameters (first value of each), decoded. */
  public Map<String, String> query() {
    Map<String, String> params = new LinkedHashMap<>();
    int q = target.indexOf('?');
    if (q < 0) {
      return params;
    }
    for (String pair : target.substring(q + 1).split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      params.putIfAbsent(
          URLDecoder.decode(name, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return params;
  }

  /** The LocalAPI endpoint ({@code status} for {@code /localapi/v0/status}), or the raw path. */
  public String endpoint() {
    String path = path();
    String prefix = "/localapi/v0/";
    return path.startsWith(prefix) ? path.substring(prefix.length()) : path;
  }
}
