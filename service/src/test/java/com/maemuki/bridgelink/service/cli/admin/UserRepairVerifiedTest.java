package com.maemuki.bridgelink.service.cli.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.testkit.localapi.LocalApiSimulator;
import com.maemuki.bridgelink.testkit.localapi.SampleTailnet;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.BooleanNode;

/**
 * {@code bridge-link repair accept-dns} at a prompt while the monitor runs: {@code cleared} is true
 * only when the service's re-check no longer shows the finding. A repair that tailscaled accepts
 * and reads back while the finding stays (here: applied to another tailscaled than the one the
 * service watches) is reported as not cleared; before, the read-back alone said "cleared".
 */
@DisabledOnOs(OS.WINDOWS)
class UserRepairVerifiedTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path service;
  @TempDir Path prompt;

  private JsonNode repair(Path ipc, Path tailscaled) throws Exception {
    BridgeLinkCli.Result r =
        BridgeLinkCli.run(
            prompt,
            List.of("-Xmx64m"),
            null,
            "repair",
            "accept-dns",
            "--socket",
            tailscaled.toString(),
            "--ipc-socket",
            ipc.toString(),
            "--json");
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    return JSON.readTree(r.out());
  }

  @Test
  void clearedOnlyWhenTheServicesRecheckSawTheFindingGone() throws Exception {
    Path watched = service.resolve("tailscaled.sock");
    Path elsewhere = service.resolve("other-tailscaled.sock");
    try (LocalApiSimulator tailscaled = LocalApiSimulator.start(watched, SampleTailnet.office());
        LocalApiSimulator other = LocalApiSimulator.start(elsewhere, SampleTailnet.office())) {
      tailscaled.tailnet().pref("CorpDNS", BooleanNode.FALSE);
      other.tailnet().pref("CorpDNS", BooleanNode.FALSE);
      try (RunningMonitor run =
          RunningMonitor.start(
              service, "96m", "--peer", "fileserver", "--socket", watched.toString())) {
        Path ipc = run.ipc();
        awaitFinding(run);

        JsonNode stays = repair(ipc, elsewhere);
        assertThat(other.tailnet().prefs().path("CorpDNS").booleanValue()).as("applied").isTrue();
        assertThat(stays.get("ok").booleanValue()).isTrue();
        assertThat(stays.get("cleared").booleanValue()).as(stays.toString()).isFalse();
        assertThat(stays.get("message").stringValue())
            .isEqualTo(
                "This machine now accepts Tailscale's DNS settings. Not cleared: the Bridge Link"
                    + " service's re-check still shows the problem.");

        JsonNode gone = repair(ipc, watched);
        assertThat(gone.get("cleared").booleanValue())
            .as(
                () -> {
                  try {
                    return gone
                        + "\n"
                        + BridgeLinkCli.run(
                                prompt, "status", "--json", "--ipc-socket", ipc.toString())
                            .out();
                  } catch (Exception e) {
                    return gone + " " + e;
                  }
                })
            .isTrue();
        assertThat(gone.get("message").stringValue())
            .isEqualTo(
                "This machine now accepts Tailscale's DNS settings. Verified: the problem is"
                    + " gone.");
      }
    }
  }

  /** Waits until the monitor shows dns-not-accepted (it may take a few checks to raise it). */
  private void awaitFinding(RunningMonitor run) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    String last = "";
    while (System.nanoTime() < end) {
      BridgeLinkCli.Result status =
          BridgeLinkCli.run(prompt, "status", "--json", "--ipc-socket", run.ipc().toString());
      last = status.out() + status.err();
      if (status.exit() == 0 && status.out().contains("\"dns-not-accepted\"")) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("the monitor never showed dns-not-accepted:\n" + last + run.output());
  }
}
