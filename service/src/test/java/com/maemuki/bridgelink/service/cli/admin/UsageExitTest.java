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

  @Test
  void aSocketThatIsAFileOrOurOwnIpcSocketGetsAHint() throws Exception {
    Path file = java.nio.file.Files.writeString(data.resolve("notes.txt"), "x");
    for (String command : List.of("doctor", "repair", "diag", "run")) {
      List<String> args =
          command.equals("repair")
              ? List.of(command, "accept-dns", "--socket", file.toString())
              : List.of(command, "--socket", file.toString());
      BridgeLinkCli.Result r = BridgeLinkCli.run(data, args.toArray(String[]::new));
      assertThat(r.exit()).as(command).isEqualTo(64);
      assertThat(r.err()).as(command).contains("did you mean --ipc-socket?");
      assertThat(r.err()).doesNotContain("not running");
    }
    Path ours = java.nio.file.Files.createDirectories(data.resolve("maemuki-bridge-link"));
    BridgeLinkCli.Result r =
        BridgeLinkCli.run(data, "doctor", "--socket", ours.resolve("ipc.sock").toString());
    assertThat(r.exit()).isEqualTo(64);
    assertThat(r.err()).contains("Bridge Link's own IPC socket").contains("--ipc-socket?");
  }
}
