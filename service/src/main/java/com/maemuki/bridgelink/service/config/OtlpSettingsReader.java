package com.maemuki.bridgelink.service.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code metrics.otlp}. The endpoint must be an http(s) URL with a host and no credentials,
 * query or fragment (keys belong in {@code headers}, which the diagnostics bundle redacts and no
 * log line shows); a bare {@code http://host:4318} gets the standard {@code /v1/metrics} path.
 * Enabling without an endpoint is an error: there is no default collector to send to.
 */
final class OtlpSettingsReader {

  static final int MAX_HEADERS = 16;

  /** An HTTP header name (RFC 9110 token). */
  private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]{1,64}");

  /** Headers the exporter sets itself. */
  private static final Set<String> RESERVED_HEADERS =
      Set.of("content-type", "content-length", "content-encoding", "host", "user-agent");

  private OtlpSettingsReader() {}

  static MetricsConfig.Otlp read(FieldReader in, JsonNode node, MetricsConfig.Otlp d) {
    String p = "metrics.otlp";
    in.warnUnknown(node, p, Set.of("enabled", "endpoint", "stepSeconds", "headers"));
    boolean enabled = in.bool(node, p, "enabled", d.enabled());
    String endpoint = endpoint(in, in.string(node, p, "endpoint", null), d.endpoint());
    if (enabled && endpoint == null && !node.hasNonNull("endpoint")) {
      in.problem(
          p + ".endpoint",
          "is required when metrics.otlp.enabled is true, e.g."
              + " \"http://collector.example:4318/v1/metrics\" (there is no default collector)");
    }
    return new MetricsConfig.Otlp(
        enabled,
        endpoint,
        in.seconds(node, p, "stepSeconds", d.step(), 1, 3600),
        headers(in, in.object(node, p, "headers"), d.headers()));
  }

  private static String endpoint(FieldReader in, String text, String fallback) {
    String field = "metrics.otlp.endpoint";
    if (text == null) {
      return fallback;
    }
    URI uri;
    try {
      uri = new URI(text.strip());
    } catch (URISyntaxException e) {
      in.problem(field, "must be an http:// or https:// URL (" + e.getReason() + ")");
      return fallback;
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      in.problem(
          field, "must be an http:// or https:// URL, e.g. http://collector:4318/v1/metrics");
      return fallback;
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      in.problem(field, "must name a host, e.g. http://collector:4318/v1/metrics");
      return fallback;
    }
    if (uri.getRawUserInfo() != null) {
      in.problem(field, "must not carry credentials; put them in metrics.otlp.headers");
      return fallback;
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      // the URL is logged (ours and Micrometer's start line); keys in it would end up in the log
      in.problem(field, "must not have a ?query or #fragment; put keys in metrics.otlp.headers");
      return fallback;
    }
    String path = uri.getRawPath();
    if (path == null || path.isEmpty() || path.equals("/")) {
      // the OTLP/HTTP convention for a base URL: metrics go to /v1/metrics
      return scheme + "://" + uri.getRawAuthority() + "/v1/metrics";
    }
    return uri.toString();
  }

  private static Map<String, String> headers(
      FieldReader in, JsonNode node, Map<String, String> fallback) {
    String p = "metrics.otlp.headers";
    if (node == null) {
      return fallback;
    }
    if (node.size() > MAX_HEADERS) {
      in.problem(p, "at most " + MAX_HEADERS + " headers");
      return fallback;
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (String name : node.propertyNames()) {
      String field = p + "." + name;
      JsonNode value = node.get(name);
      if (!HEADER_NAME.matcher(name).matches()) {
        in.problem(field, "is not a valid HTTP header name");
      } else if (RESERVED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
        in.problem(field, "is set by the exporter itself and cannot be overridden");
      } else if (value == null || !value.isString()) {
        in.problem(field, "must be a string");
      } else if (value.stringValue().chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7f)) {
        in.problem(field, "must not contain line breaks or control characters");
      } else if (value.stringValue().length() > 4096) {
        in.problem(field, "must be at most 4096 characters");
      } else {
        out.put(name, value.stringValue());
      }
    }
    return out;
  }
}
