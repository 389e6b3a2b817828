package com.maemuki.bridgelink.service.cli.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad usage exits 64 with one line saying what is wrong and one saying where help is, in every
 * subcommand and for an unknown command: 2 would read as "a critical finding" to a monitoring
 * probe.
 */
class UsageExitTest {

  @TempDir Path data;

  @Test
  void anUnknownOptionExits64InEverySubcommand() throws Exception {
    for (String command : List.of("run", "doctor", "analyze", "status", "repair", "diag")) {
      BridgeLinkCli.Result r = BridgeLinkCli.run(data, command, "--no-such-option");
      assertThat(r.exit()).as(command + ": " + r.err()).isEqualTo(64);
      assertThat(r.err().lines().toList())
          .as(command)
          .hasSize(2)
          .satisfies(
              lines -> {
                assertThat(lines.get(0)).startsWith("bridge-link " + command + ": ");
                assertThat(lines.get(1)).contains("bridge-link " + command + " --help");
              });
      assertThat(r.out()).isEmpty();
    }
  }

  @Test
  void aMissingArgumentAndABadValueExit64() throws Exception {
    assertThat(BridgeLinkCli.run(data, "analyze").exit()).isEqualTo(64);
    assertThat(BridgeLinkCli.run(data, "repair").exit()).isEqualTo(64);
    BridgeLinkCli.Result r = BridgeLinkCli.run(data, "analyze", "--key-warning-days", "x", "f");
    assertThat(r.exit()).isEqualTo(64);
    assertThat(r.err()).contains("--key-warning-days");
  }

  @Test
  void anUnknownCommandExits64AndListsTheCommands() throws Exception {
    BridgeLinkCli.Result r = BridgeLinkCli.run(data, "stauts", "--json");
    assertThat(r.exit()).isEqualTo(64);
    assertThat(r.err().lines().toList())
        .containsExactly(
            "bridge-link: unknown command 'stauts'",
            "Try 'bridge-link --help'; commands: help, analyze, run, doctor, diag, status, repair");
  }
}
