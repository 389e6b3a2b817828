package com.maemuki.bridgelink.tray.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link CliUserRepairs} against a real child process: {@link StandInRepairCommand}, which records
 * the argument list it was given and answers like {@code bridge-link repair --json}.
 */
class CliUserRepairsTest {

  @TempDir Path dir;
  private final List<String> clipboard = new CopyOnWriteArrayList<>();
  private final DesktopActions desktop =
      new DesktopActions() {
        @Override
        public void copyToClipboard(String text) {
          clipboard.add(text);
        }

        @Override
        public void browse(URI page) {
          throw new AssertionError("the child opens pages, not the tray");
        }
      };

  private Path record() {
    return dir.resolve("args.txt");
  }

  private CliUserRepairs repairs(CliUserRepairs.Timeouts timeouts) throws Exception {
    Path classes =
        Path.of(
            StandInRepairCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> launcher =
        new ArrayList<>(
            List.of(
                CliUserRepairs.javaExecutable(),
                "-Dstandin.record=" + record(),
                "-cp",
                classes.toString(),
                StandInRepairCommand.class.getName()));
    return new CliUserRepairs(
        launcher, List.of("--socket", "/run/x.sock"), desktop, timeouts, null);
  }

  private CliUserRepairs repairs() throws Exception {
    return repairs(CliUserRepairs.Timeouts.DEFAULT);
  }

  @Test
  void handlesTheTrayUserRepairsOnly() throws Exception {
    CliUserRepairs r = repairs();
    assertThat(CliUserRepairs.IDS)
        .allSatisfy(id -> assertThat(r.handles(id)).as(id).isTrue())
        .hasSize(6);
    assertThat(r.handles("open-inbound-port")).isFalse();
    assertThat(r.handles("restart-tailscale")).isFalse();
  }

  @Test
  void runsTheCommandWithAnArgumentListAndReturnsItsMessage() throws Exception {
    assertThat(repairs().run("accept-dns", "peer-1", "dns-not-accepted/peer-1"))
        .contains("This machine now accepts Tailscale's DNS settings.");
    assertThat(Files.readAllLines(record()))
        .containsExactly(
            "repair",
            "accept-dns",
            "--json",
            "--timeout",
            "20",
            "--subject",
            "peer-1",
            "--finding",
            "dns-not-accepted/peer-1",
            "--socket",
            "/run/x.sock");
    assertThat(clipboard).isEmpty();
  }

  @Test
  void shareInstructionsGoToTheClipboard() throws Exception {
    assertThat(repairs().run("copy-share-instructions", "office-pc", null))
        .contains("Copied the instructions for the computer's owner to the clipboard.");
    assertThat(clipboard)
        .containsExactly("Please share your computer \"office-pc\" with me.\n2. Click Share.");
  }

  @Test
  void failuresCarryTheCommandsWords() throws Exception {
    assertThatThrownBy(() -> repairs().run("enable-unattended", null, null))
        .isInstanceOf(CliUserRepairs.UserRepairException.class)
        .hasMessage("Tailscale refused the change: prefs write access denied");
    assertThatThrownBy(() -> repairs().run("tailscale-up", null, null))
        .isInstanceOf(CliUserRepairs.UserRepairException.class)
        .hasMessage("tailscale-up failed (exit 1): bridge-link repair: cannot start");
  }

  @Test
  void hostileTextNeverReachesAProcess() throws Exception {
    CliUserRepairs r = repairs();
    for (String subject : List.of("a\" & calc.exe", "x y", "$(id)", "", "a".repeat(300))) {
      assertThatThrownBy(() -> r.run("copy-share-instructions", subject, null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("refused:");
    }
    assertThatThrownBy(() -> r.run("Reauth;rm", null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(record()).doesNotExist();
  }

  @Test
  void theTreeIsKilledAtTheDeadline() throws Exception {
    CliUserRepairs r =
        repairs(
            new CliUserRepairs.Timeouts(
                Duration.ofSeconds(1), Duration.ofSeconds(20), Duration.ofSeconds(3)));
    assertThatThrownBy(() -> r.run("reauth", null, null))
        .isInstanceOf(CliUserRepairs.UserRepairException.class)
        .hasMessage("reauth did not finish within 4 s");
    assertThat(Files.readAllLines(record())).contains("--timeout", "1");
    long grandchild = Long.parseLong(Files.readString(dir.resolve("args.txt.grandchild")).strip());
    assertThat(ProcessHandle.of(grandchild).map(ProcessHandle::isAlive))
        .isNotEqualTo(java.util.Optional.of(true));
  }

  @Test
  void withoutTheServicesJarsEveryClickSaysWhy() {
    CliUserRepairs missing =
        new CliUserRepairs(
            List.of(), List.of(), desktop, CliUserRepairs.Timeouts.DEFAULT, "not found (here)");
    assertThatThrownBy(() -> missing.run("accept-dns", null, null))
        .hasMessage("cannot run accept-dns: not found (here)");
  }

  @Test
  void theLauncherIsTheServicesCommandLine() {
    assertThat(CliUserRepairs.launcherFor("/jre/bin/java", "/i/lib/service/*"))
        .containsExactly(
            "/jre/bin/java",
            "-Xmx64m",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-Xss512k",
            "-cp",
            "/i/lib/service/*",
            "com.maemuki.bridgelink.service.cli.BridgeLinkCommand");
  }

  @Test
  void theServiceJarsAreAWildcardClasspathOnEveryOs() {
    assertThat(
            CliUserRepairs.wildcardClasspath(
                "C:\\Program Files\\Maemuki\\Bridge Link\\lib\\service", '\\'))
        .isEqualTo("C:\\Program Files\\Maemuki\\Bridge Link\\lib\\service\\*");
    assertThat(CliUserRepairs.wildcardClasspath("/opt/bridge-link/lib/service/", '/'))
        .isEqualTo("/opt/bridge-link/lib/service/*");
  }
}
