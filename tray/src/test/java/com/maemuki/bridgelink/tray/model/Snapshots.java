package com.maemuki.bridgelink.tray.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Test snapshots: fixtures from resources and small hand-built ones. */
final class Snapshots {
  static final JsonMapper JSON = JsonMapper.shared();

  private Snapshots() {}

  static JsonNode json(String resource) {
    try (InputStream in = Snapshots.class.getResourceAsStream("/snapshots/" + resource)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode parse(String json) {
    return JSON.readTree(json);
  }

  static FindingStatus finding(String code, Severity severity, String subject) {
    return new FindingStatus(
        code, severity, subject, "title of " + code, "remedy for " + code, null, "nobody");
  }

  static Snapshot withFindings(FindingStatus... findings) {
    return new Snapshot("ok", "", List.of("100.64.0.1"), List.of(), List.of(findings));
  }
}
