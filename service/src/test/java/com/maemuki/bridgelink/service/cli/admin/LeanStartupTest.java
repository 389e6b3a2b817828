package com.maemuki.bridgelink.service.cli.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bridge-link status} from a monitoring probe builds only the status command: the other
 * commands' models (the monitor's classes among them) are not loaded, and what the admin sees
 * (help, errors, exit statuses) is the same as through the full command tree.
 */
class LeanStartupTest {

  @TempDir Path data;

  @Test
  void statusLoadsNoOtherCommandNorTheMonitor() throws Exception {
    Path log = data.resolve("classes.txt");
    BridgeLinkCli.Result r =
        BridgeLinkCli.run(
            data,
            List.of("-Xmx64m", "-Xlog:class+load:file=" + log),
            null,
            "status",
            "--json",
            "--ipc-socket",
            data.resolve("nobody-listens.sock").toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    String loaded = Files.readString(log);
    assertThat(loaded).contains("com.maemuki.bridgelink.service.cli.StatusCommand ");
    for (String other :
        List.of(
            "cli.RunCommand ",
            "cli.DoctorCommand ",
            "cli.AnalyzeCommand ",
            "cli.DiagCommand ",
            "cli.RepairCommand ",
            "link.BridgeLinkDaemon ",
            "platform.DataDirectory ")) {
      assertThat(loaded).as(other).doesNotContain("com.maemuki.bridgelink.service." + other);
    }
  }

  @Test
  void aSubcommandsHelpIsTheSameAsThroughTheHelpCommand() throws Exception {
    for (String command : List.of("status", "run", "doctor", "repair", "diag", "analyze")) {
      BridgeLinkCli.Result lean = BridgeLinkCli.run(data, command, "--help");
      BridgeLinkCli.Result full = BridgeLinkCli.run(data, "help", command);
      assertThat(lean.exit()).isZero();
      assertThat(lean.out())
          .as(command)
          .startsWith("Usage: bridge-link " + command)
          .isEqualTo(full.out());
    }
    assertThat(BridgeLinkCli.run(data, "run", "--help").out())
        .contains(data.resolve("config.json").toString());
  }

  @Test
  void theTopLevelHelpStillListsEveryCommand() throws Exception {
    String help = BridgeLinkCli.run(data, "--help").out();
    for (String command : List.of("analyze", "run", "doctor", "diag", "status", "repair")) {
      assertThat(help).containsPattern("(?m)^  " + command + " ");
    }
  }
}
