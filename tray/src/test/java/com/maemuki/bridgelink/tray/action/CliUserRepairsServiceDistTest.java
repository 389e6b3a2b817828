package com.maemuki.bridgelink.tray.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.maemuki.bridgelink.testkit.localapi.LocalApiSimulator;
import com.maemuki.bridgelink.testkit.localapi.SampleTailnet;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.BooleanNode;

/**
 * The whole path the tray takes, for real: {@link CliUserRepairs} finds {@code
 * service/target/dist/lib} by the build-tree layout from {@code tray/target/classes}, starts the
 * service's real {@code bridge-link repair} as a child JVM, and it changes the LocalAPI simulator's
 * prefs over a real Unix socket. The root reactor builds {@code service} (declared first, and the
 * tray does not depend on it) through {@code package} before the tray's tests run; a tray-only
 * build without the service's dist skips this test.
 */
class CliUserRepairsServiceDistTest {

  @TempDir Path dir;

  @Test
  void acceptDnsAndShareInstructionsThroughTheRealCommand() throws Exception {
    Path trayClasses =
        Path.of(CliUserRepairs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Optional<Path> lib = ServiceLibrary.locate(null, trayClasses, Files::isDirectory);
    assumeTrue(
        lib.isPresent() && Files.isDirectory(lib.get()),
        "service/target/dist/lib not built (run the root reactor)");
    List<String> clipboard = new CopyOnWriteArrayList<>();
    DesktopActions desktop =
        new DesktopActions() {
          @Override
          public void copyToClipboard(String text) {
            clipboard.add(text);
          }

          @Override
          public void browse(URI page) {
            throw new AssertionError("not expected");
          }
        };
    Path socket = dir.resolve("tailscaled.sock");
    try (LocalApiSimulator simulator = LocalApiSimulator.start(socket, SampleTailnet.office())) {
      simulator.tailnet().pref("CorpDNS", BooleanNode.FALSE);
      CliUserRepairs repairs =
          new CliUserRepairs(
              CliUserRepairs.launcherFor(
                  CliUserRepairs.javaExecutable(), lib.get().resolve("*").toString()),
              List.of("--socket", socket.toString()),
              desktop,
              CliUserRepairs.Timeouts.DEFAULT,
              null);

      assertThat(repairs.run("accept-dns", null, "dns-not-accepted"))
          .contains("This machine now accepts Tailscale's DNS settings.");
      assertThat(simulator.tailnet().prefs().path("CorpDNS").booleanValue()).isTrue();

      assertThat(
              repairs.run("copy-share-instructions", "office-pc", "peer-not-in-tailnet/office-pc"))
          .contains("Copied the instructions for the computer's owner to the clipboard.");
      assertThat(clipboard)
          .singleElement()
          .asString()
          .contains("\"office-pc\"")
          .contains("ops-ws-017.tail4e2b9c.ts.net");

      assertThatThrownBy(() -> repairs.run("open-inbound-port", "3389", null))
          .hasMessageContaining("'open-inbound-port' runs in the service");
    }
  }
}
