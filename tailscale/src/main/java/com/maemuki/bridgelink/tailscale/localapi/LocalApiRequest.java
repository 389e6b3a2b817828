package com.maemuki.bridgelink.tailscale.localapi;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/**
 * One LocalAPI request: method, the endpoint below {@code /localapi/v0/} with its query, and an
 * optional body.
 */
public record LocalApiRequest(
    String method, String endpoint, String query, byte[] body, String contentType) {

  public static final String PREFIX = "/localapi/v0/";

  public LocalApiRequest {
    body = body == null ? new byte[0] : body;
    query = query == null ? "" : query;
  }

  public static LocalApiRequest get(String endpoint) {
    return new LocalApiRequest("GET", endpoint, "", null, null);
  }

  public static LocalApiRequest post(String endpoint) {
    return new LocalApiRequest("POST", endpoint, "", null, null);
  }

  /** A copy with {@code params} (in iteration order) as the URL-encoded query. */
  public LocalApiRequest withQuery(Map<String, String> params) {
    StringJoiner joined = new StringJoiner("&");
    params.forEach(
        (name, value) ->
            joined.add(
                URLEncoder.encode(name, StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return new LocalApiRequest(method, endpoint, joined.toString(), body, contentType);
  }

  /**
   * A request outside {@code /localapi/v0/}, such as {@code GET /server-status}: {@code path}
   * starts with a slash.
   */
  public static LocalApiRequest root(String method, String path) {
    return new LocalApiRequest(method, path, "", null, null);
  }

  /**
   * The request target on the wire: {@code /localapi/v0/status?peers=false}, or the path itself for
   * an endpoint that starts with a slash ({@link #root}).
   */
  public String target() {
    String path = endpoint.startsWith("/") ? endpoint : PREFIX + endpoint;
    return path + (query.isEmpty() ? "" : "?" + query);
  }
}
