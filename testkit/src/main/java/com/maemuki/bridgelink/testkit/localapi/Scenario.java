package com.maemuki.bridgelink.testkit.localapi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A scripted run of the simulator (format in docs/simulator.md): the initial tailnet, then timed
 * steps that change it, inject or clear faults, or stop and restart the daemon.
 */
public record Scenario(
    String description, JsonNode tailnet, List<Step> steps, Optional<Duration> endAt) {

  /** One timed change; every part is optional. */
  public record Step(
      Duration at, String say, JsonNode set, JsonNode fault, boolean clearFaults, String daemon) {}

  /** Reads a scenario file, or a bundled one by name ({@code demo}). */
  public static Scenario load(String fileOrName) throws IOException {
    Path file = Path.of(fileOrName);
    if (Files.isRegularFile(file)) {
      return parse(Files.readString(file), file.toString());
    }
    try (InputStream bundled =
        Scenario.class.getResourceAsStream("scenarios/" + fileOrName + ".json")) {
      if (bundled == null) {
        throw new IOException(
            "no scenario file " + fileOrName + " (and no bundled scenario of that name)");
      }
      return parse(
          new String(bundled.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), fileOrName);
    }
  }

  /** Parses scenario JSON; errors name the place and the problem. */
  public static Scenario parse(String json, String source) {
    JsonNode root;
    try {
      root = TabJson.MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(source + ": not valid JSON: " + e.getOriginalMessage());
    }
    if (!(root instanceof ObjectNode)) {
      throw new IllegalArgumentException(source + ": a scenario is a JSON object");
    }
    List<Step> steps = new ArrayList<>();
    int index = 0;
    for (JsonNode step : root.path("steps")) {
      String where = source + ": steps[" + index++ + "]";
      if (!step.has("at")) {
        throw new IllegalArgumentException(where + ": \"at\" is missing");
      }
      try {
        steps.add(
            new Step(
                ScenarioDurations.parse(step.get("at").asString()),
                step.path("say").asString(""),
                step.get("set"),
                step.get("fault"),
                step.path("clearFaults").asBoolean(false),
                step.path("daemon").asString("")));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage());
      }
    }
    steps.sort(Comparator.comparing(Step::at));
    Optional<Duration> end =
        root.has("endAt")
            ? Optional.of(ScenarioDurations.parse(root.get("endAt").asString()))
            : Optional.empty();
    return new Scenario(root.path("description").asString(""), root.path("tailnet"), steps, end);
  }

  /** The initial tailnet: a base ({@code office} or {@code empty}) with the other keys applied. */
  public SimulatedTailnet initialTailnet() {
    String base = tailnet.path("base").asString("office");
    SimulatedTailnet result;
    if (base.equals("office")) {
      result = SampleTailnet.office();
    } else if (base.equals("empty")) {
      JsonNode self = tailnet.path("self");
      String ip = self.path("ips").isArray() ? self.path("ips").get(0).asString() : "100.64.0.1";
      result = new SimulatedTailnet(self.path("hostName").asString("bridge"), ip);
    } else {
      throw new IllegalArgumentException("unknown tailnet base: " + base + " (office or empty)");
    }
    if (tailnet instanceof ObjectNode object) {
      ObjectNode rest = object.deepCopy();
      rest.remove("base");
      TailnetPatch.apply(result, rest);
    }
    return result;
  }
}
