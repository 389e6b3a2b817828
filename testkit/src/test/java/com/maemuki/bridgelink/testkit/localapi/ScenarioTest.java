package com.maemuki.bridgelink.testkit.localapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenario files: parsing, the initial tailnet, and each kind of step applied to a simulator. */
class ScenarioTest {

  @TempDir Path dir;

  @Test
  void theBundledDemoLoadsAndItsStepsApply() throws Exception {
    Scenario demo = Scenario.load("demo");
    SimulatedTailnet tailnet = demo.initialTailnet();

    assertThat(tailnet.self().hostName()).isEqualTo("bridge-demo");
    assertThat(tailnet.peer("plc-gateway").curAddr()).isEqualTo("198.51.100.7:41641");
    assertThat(demo.steps()).hasSize(8);
    assertThat(demo.steps().get(0).at()).isEqualTo(Duration.ofSeconds(10));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (LocalApiSimulator simulator = LocalApiSimulator.start(dir.resolve("s.sock"), tailnet)) {
      ScenarioRunner runner =
          new ScenarioRunner(demo, simulator, new PrintStream(out, true, StandardCharsets.UTF_8));
      runner.apply(demo.steps().get(0));
      assertThat(tailnet.peer("historian").online()).isFalse();
      runner.apply(demo.steps().get(2));
      assertThat(tailnet.peer("plc-gateway").curAddr()).isEmpty();
      assertThat(tailnet.peer("plc-gateway").relay()).isEqualTo("fra");
      runner.apply(demo.steps().get(4));
      assertThat(tailnet.backendState()).isEqualTo("NeedsLogin");
      runner.apply(demo.steps().get(6));
      assertThat(tailnet.self().keyExpiry()).isBefore(Instant.now().plus(Duration.ofDays(3)));
    }
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("[simulator +10s] historian's tailscaled stops");
  }

  @Test
  void faultAndDaemonStepsReachTheSimulator() throws Exception {
    Scenario scenario =
        Scenario.parse(
            """
            {"tailnet": {"base": "office", "peers": {"fileserver": {"path": "idle"}}},
             "steps": [
               {"at": "1s", "fault": {"hang": ["status"], "httpError":
                   {"endpoint": "prefs", "status": 403, "body": "prefs access denied"}}},
               {"at": "2s", "clearFaults": true, "daemon": "stop"},
               {"at": "3s", "daemon": "start"}]}
            """,
            "inline");
    SimulatedTailnet tailnet = scenario.initialTailnet();
    assertThat(tailnet.peer("fileserver").active()).isFalse();
    try (LocalApiSimulator simulator = LocalApiSimulator.start(dir.resolve("f.sock"), tailnet)) {
      ScenarioRunner runner =
          new ScenarioRunner(scenario, simulator, new PrintStream(new ByteArrayOutputStream()));
      runner.apply(scenario.steps().get(0));
      assertThat(simulator.faults().behaviourFor("status"))
          .contains(SimulatorFaults.Behaviour.HANG);
      assertThat(simulator.faults().cannedFor("prefs")).isPresent();
      runner.apply(scenario.steps().get(1));
      assertThat(simulator.running()).isFalse();
      assertThat(dir.resolve("f.sock")).doesNotExist();
      assertThat(simulator.faults().behaviourFor("status")).isEmpty();
      runner.apply(scenario.steps().get(2));
      assertThat(simulator.running()).isTrue();
    }
  }

  @Test
  void mistakesAreNamed() {
    assertThatThrownBy(() -> Scenario.parse("{\"steps\":[{\"at\":\"soon\"}]}", "x.json"))
        .hasMessage(
            "x.json: steps[0]: not a duration: 'soon' (write e.g. 500ms, 10s, 2m, 3h, 30d, -1d)");
    assertThatThrownBy(
            () -> Scenario.parse("{\"tailnet\":{\"colour\":\"red\"}}", "y.json").initialTailnet())
        .hasMessageContaining("unknown key in \"set\": colour");
  }
}
