package com.maemuki.bridgelink.service.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.service.platform.linux.FileMachinePolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigManagerTest {

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  @Test
  void precedenceIsPolicyThenFileThenDefaults() throws IOException {
    Path file =
        write(
            "config.json",
            """
            {"peers": [{"name": "a", "host": "a.ts.net", "ports": [22], "localPorts": [80]},
                       {"name": "b", "ports": [443]}],
             "keyExpiryWarningDays": 3, "allowUserRepair": false}
            """);
    // File over defaults.
    ConfigManager fileOnly =
        new ConfigManager(file, true, MachinePolicy.none(), ConfigOverrides.none());
    assertThat(fileOnly.current().keyExpiryWarningDays()).isEqualTo(3);
    assertThat(fileOnly.current().intervals()).isEqualTo(Intervals.defaults());
    assertThat(fileOnly.current().peers()).extracting(PeerConfig::name).containsExactly("a", "b");

    // Policy over file: the peer list, ports for every peer, the repair flag.
    Path policyFile =
        write(
            "policy.properties",
            "Peers=b, c\nPeerPorts=3389,22\nAllowUserRepair=always\nTray=hide\n");
    ConfigManager withPolicy =
        new ConfigManager(file, true, new FileMachinePolicy(policyFile), ConfigOverrides.none());
    BridgeLinkConfig c = withPolicy.current();
    assertThat(withPolicy.problems()).isEmpty();
    assertThat(c.peers())
        .containsExactly(
            new PeerConfig("b", "b", List.of(3389, 22), List.of()),
            new PeerConfig("c", "c", List.of(3389, 22), List.of()));
    assertThat(c.allowUserRepair()).isTrue();
    assertThat(c.tray()).isEqualTo("hide");
    assertThat(c.keyExpiryWarningDays()).isEqualTo(3);
  }

  @Test
  void localPortsPolicyKeepsFilePeersAndTheirHosts() throws IOException {
    Path file = write("config.json", "{\"peers\": [{\"name\": \"a\", \"host\": \"100.64.0.9\"}]}");
    ConfigManager m =
        new ConfigManager(
            file, true, MachinePolicy.of(Map.of("LocalPorts", "3389")), ConfigOverrides.none());
    assertThat(m.current().peers())
        .containsExactly(new PeerConfig("a", "100.64.0.9", List.of(), List.of(3389)));
  }

  @Test
  void badPolicyValueIsReportedAndTheRestApplies() {
    ConfigManager m =
        new ConfigManager(
            null,
            false,
            MachinePolicy.of(Map.of("Peers", "x", "PeerPorts", "22,http", "Tray", "blink")),
            ConfigOverrides.none());
    assertThat(m.problems())
        .extracting(ConfigProblem::field)
        .containsExactlyInAnyOrder("policy:PeerPorts", "policy:Tray");
    assertThat(m.current().peers()).containsExactly(PeerConfig.named("x"));
  }

  @Test
  void invalidFileKeepsTheLastGoodOneAndReloadsWhenFixed() throws IOException {
    Path file = write("config.json", "{\"peers\": [{\"name\": \"a\", \"ports\": [22]}]}");
    ConfigManager m = new ConfigManager(file, true, MachinePolicy.none(), ConfigOverrides.none());
    List<BridgeLinkConfig> heard = new ArrayList<>();
    m.addListener(heard::add);
    assertThat(m.checkForChange()).isFalse();

    Files.writeString(file, "{\"peers\": [{\"name\": \"a\", \"ports\": [99999]}]}");
    assertThat(m.checkForChange()).isFalse(); // refused: the effective config did not change
    assertThat(m.problems()).extracting(ConfigProblem::field).containsExactly("peers[0].ports[0]");
    assertThat(m.current().peers().get(0).ports()).containsExactly(22);

    Files.writeString(file, "{\"peers\": [{\"name\": \"a\", \"ports\": [2222]}]}");
    assertThat(m.checkForChange()).isTrue();
    assertThat(m.problems()).isEmpty();
    assertThat(m.current().peers().get(0).ports()).containsExactly(2222);
    assertThat(heard).hasSize(1);
  }

  @Test
  void missingNamedFileIsAProblemButTheDefaultPathIsNot() {
    Path missing = dir.resolve("nope.json");
    assertThat(
            new ConfigManager(missing, true, MachinePolicy.none(), ConfigOverrides.none())
                .problems())
        .extracting(ConfigProblem::problem)
        .singleElement()
        .asString()
        .startsWith("not found");
    assertThat(
            new ConfigManager(missing, false, MachinePolicy.none(), ConfigOverrides.none())
                .problems())
        .isEmpty();
  }

  @Test
  void commandLineAddsPeersAndSetsTheSocket() {
    ConfigManager m =
        new ConfigManager(
            null,
            false,
            MachinePolicy.of(Map.of("Peers", "a")),
            new ConfigOverrides(List.of("b", "a", "bad/name"), "/tmp/ts.sock"));
    assertThat(m.current().peers()).extracting(PeerConfig::name).containsExactly("a", "b");
    assertThat(m.current().localApiSocket()).isEqualTo("/tmp/ts.sock");
    assertThat(m.problems()).extracting(ConfigProblem::field).containsExactly("--peer");
  }
}
