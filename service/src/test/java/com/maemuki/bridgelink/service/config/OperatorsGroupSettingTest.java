package com.maemuki.bridgelink.service.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.service.platform.linux.FileMachinePolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code operatorsGroup} (config.json) and {@code OperatorsGroup} (machine policy). */
class OperatorsGroupSettingTest {

  @TempDir Path dir;

  private static ConfigParser.Result parse(String group) {
    return ConfigParser.parse("{\"operatorsGroup\": " + group + "}");
  }

  @Test
  void acceptsGroupNamesGidsAndSids() {
    assertThat(ConfigParser.parse("{}").config().operatorsGroup()).isNull();
    assertThat(parse("\"bridge-ops\"").config().operatorsGroup()).isEqualTo("bridge-ops");
    assertThat(parse("\" 1200 \"").config().operatorsGroup()).isEqualTo("1200");
    assertThat(parse("\"Maemuki Operators\"").config().operatorsGroup())
        .isEqualTo("Maemuki Operators");
    assertThat(parse("\"CONTOSO\\\\Bridge Ops\"").config().operatorsGroup())
        .isEqualTo("CONTOSO\\Bridge Ops");
    assertThat(parse("\"S-1-5-21-1004336348-1177238915-682003330-1105\"").valid()).isTrue();
    assertThat(parse("\"S-Team\"").valid()).as("a name that merely starts with S-").isTrue();
  }

  @Test
  void everyBadValueIsAProblemOnTheField() {
    assertProblem(parse("\"\""), "must not be empty");
    assertProblem(parse("\"   \""), "must not be empty");
    assertProblem(parse("\"S-1-5-21-abc\""), "is not a valid SID");
    assertProblem(parse("\"S-1\""), "is not a valid SID");
    assertProblem(parse("\"s-1-5-32-544\""), "is not a valid SID");
    assertProblem(parse("\"ops;x\""), "';' is not allowed");
    assertProblem(parse("\"ops/x\""), "'/' is not allowed");
    assertProblem(parse("\"a\\\\b\\\\c\""), "DOMAIN\\group");
    assertProblem(parse("\"\\\\ops\""), "DOMAIN\\group");
    assertProblem(parse("\"ops\\u0000\""), "control characters");
    assertProblem(parse("\"" + "g".repeat(257) + "\""), "at most 256");
    assertProblem(parse("42"), "");
  }

  private static void assertProblem(ConfigParser.Result result, String message) {
    assertThat(result.valid()).isFalse();
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("operatorsGroup");
              assertThat(p.problem()).contains(message);
            });
    assertThat(result.config().operatorsGroup()).isNull();
  }

  @Test
  void policyWinsOverTheFileWhichWinsOverTheDefault() throws IOException {
    Path file = dir.resolve("config.json");
    Files.writeString(file, "{\"operatorsGroup\": \"file-ops\"}");
    assertThat(manager(file, Map.of()).current().operatorsGroup()).isEqualTo("file-ops");
    assertThat(manager(file, Map.of("OperatorsGroup", " S-1-5-21-7-8-9-1105 ")).current())
        .extracting(BridgeLinkConfig::operatorsGroup)
        .isEqualTo("S-1-5-21-7-8-9-1105");
    assertThat(manager(null, Map.of()).current().operatorsGroup()).as("default: none").isNull();

    Path policy = dir.resolve("policy.properties");
    Files.writeString(policy, "OperatorsGroup=policy-ops\n");
    ConfigManager fromFilePolicy =
        new ConfigManager(file, true, new FileMachinePolicy(policy), ConfigOverrides.none());
    assertThat(fromFilePolicy.current().operatorsGroup()).isEqualTo("policy-ops");
  }

  @Test
  void aBadPolicyValueIsReportedAndTheFileValueStays() throws IOException {
    Path file = dir.resolve("config.json");
    Files.writeString(file, "{\"operatorsGroup\": \"file-ops\"}");
    for (String bad : new String[] {"", "S-1-5-x", "ops|x"}) {
      ConfigManager m = manager(file, Map.of("OperatorsGroup", bad));
      assertThat(m.problems())
          .singleElement()
          .satisfies(p -> assertThat(p.field()).isEqualTo("policy:OperatorsGroup"));
      assertThat(m.current().operatorsGroup()).isEqualTo("file-ops");
    }
  }

  @Test
  void aChangedFileOrPolicyIsReloadedWithoutRestart() throws IOException {
    Path file = dir.resolve("config.json");
    Files.writeString(file, "{\"operatorsGroup\": \"first\"}");
    Path policy = dir.resolve("policy.properties");
    ConfigManager m =
        new ConfigManager(file, true, new FileMachinePolicy(policy), ConfigOverrides.none());
    assertThat(m.current().operatorsGroup()).isEqualTo("first");

    Files.writeString(file, "{\"operatorsGroup\": \"second\"}");
    assertThat(m.checkForChange()).isTrue();
    assertThat(m.current().operatorsGroup()).isEqualTo("second");

    Files.writeString(file, "{\"operatorsGroup\": \"S-1-bad\"}");
    assertThat(m.checkForChange()).isFalse();
    assertThat(m.current().operatorsGroup()).as("the last good file stays").isEqualTo("second");
    assertThat(m.problems()).extracting(ConfigProblem::field).containsExactly("operatorsGroup");

    Files.writeString(policy, "OperatorsGroup=from-policy\n");
    assertThat(m.checkForChange()).isTrue();
    assertThat(m.current().operatorsGroup()).isEqualTo("from-policy");

    Files.writeString(file, "{}");
    Files.delete(policy);
    assertThat(m.checkForChange()).isTrue();
    assertThat(m.current().operatorsGroup()).isNull();
    assertThat(m.problems()).isEmpty();
  }

  private ConfigManager manager(Path file, Map<String, String> policy) {
    return new ConfigManager(file, file != null, MachinePolicy.of(policy), ConfigOverrides.none());
  }
}
