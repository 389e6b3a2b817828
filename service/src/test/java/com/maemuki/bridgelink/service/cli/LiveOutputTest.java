package com.maemuki.bridgelink.service.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.service.monitor.ActiveFinding;
import com.maemuki.bridgelink.service.monitor.Overall;
import com.maemuki.bridgelink.service.monitor.PeerView;
import com.maemuki.bridgelink.service.monitor.ProbeView;
import com.maemuki.bridgelink.service.monitor.SelfView;
import com.maemuki.bridgelink.service.monitor.Snapshot;
import com.maemuki.bridgelink.service.monitor.SourceStatus;
import com.maemuki.bridgelink.service.monitor.Transition;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@code run} prints: the redrawn terminal view and the appended plain lines. */
class LiveOutputTest {

  private static final Instant NOW = Instant.parse("2026-11-24T19:00:00Z");

  private static Snapshot snapshot() {
    PeerView peer =
        new PeerView(
            "bridge-peer",
            "bridge-peer",
            "bridge-peer.tail1.ts.net.",
            List.of("100.64.0.2"),
            true,
            "derp",
            "fra",
            41.25,
            NOW,
            List.of(
                new ProbeView(3389, false, 0.3, "connection refused"),
                new ProbeView(22, true, 41.25, null)));
    SelfView self =
        new SelfView(
            "BRIDGE-PC",
            "bridge-pc.tail1.ts.net.",
            List.of("100.64.0.1"),
            "Running",
            null,
            true,
            "tail1.ts.net");
    Finding port =
        Finding.of(
            FindingCode.PEER_PORT_CLOSED,
            "bridge-peer:3389",
            "TCP 100.64.0.2:3389: connection refused.");
    return new Snapshot(
        NOW,
        Overall.DOWN,
        "Link down: x",
        self,
        List.of(peer),
        List.of(new ActiveFinding(port, NOW)),
        List.of(new SourceStatus("dns", false, "no answer within 2000 ms", NOW)));
  }

  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  private static String terminalFrames(Snapshot... snapshots) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    LiveOutput out =
        new LiveOutput(new PrintStream(bytes, true, StandardCharsets.UTF_8), true, TOKYO);
    for (Snapshot s : snapshots) {
      out.onSnapshot(s);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theTerminalViewShowsSelfPeersFindingsRemediesAndFailingSourcesInLocalTime() {
    List<String> lines =
        terminalFrames(snapshot()).replace(LiveOutput.HOME_AND_CLEAR, "").lines().toList();
    assertThat(lines.get(0)).isEqualTo("DOWN  Link down: x  (as of 2026-11-25 04:00:00)");
    assertThat(lines).anyMatch(l -> l.equals("This machine: BRIDGE-PC  100.64.0.1"));
    assertThat(lines)
        .anyMatch(
            l ->
                l.startsWith("bridge-peer")
                    && l.contains("relay \"fra\"")
                    && l.contains("41.3 ms")
                    && l.endsWith("3389 refused, 22 ok"));
    assertThat(lines)
        .contains(
            "  CRITICAL  peer-port-closed [bridge-peer:3389]: Nothing listens on the applica…");
    assertThat(lines).anyMatch(l -> l.startsWith("      Remedy: Ask its owner"));
    assertThat(lines).contains("Sources failing: dns (no answer within 2000 ms)");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("(Ctrl-C to stop)");
  }

  @Test
  void plainOutputAppendsOneLinePerTransitionAndStateChangeInLocalTime() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    LiveOutput out =
        new LiveOutput(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, TOKYO);
    Snapshot s = snapshot();
    out.onTransition(new Transition(Transition.Kind.RAISED, s.findings().get(0), NOW));
    out.onSnapshot(s);
    out.onSnapshot(s); // same state: nothing new
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(text.lines())
        .containsExactly(
            "2026-11-25 04:00:00 raised peer-port-closed bridge-peer:3389 critical: Nothing listens on the application port on the shared computer — TCP 100.64.0.2:3389: connection refused. | fix: Ask its owner to start the application (or check the port it uses): their computer answered and refused the connection, so the link and the firewalls are fine.",
            "2026-11-25 04:00:00 state down: Link down: x");
  }

  @Test
  void terminalOutputRedrawsInPlaceOnlyWhenTheViewChanges() {
    Snapshot s = snapshot();
    Snapshot changed =
        new Snapshot(
            s.time(), s.overall(), "Link down: y", s.self(), s.peers(), s.findings(), s.sources());
    String text = terminalFrames(s, s, changed);
    assertThat(text.split("\033\\[H\033\\[2J", -1))
        .as("two frames, each after home+clear")
        .hasSize(3);
    assertThat(text).startsWith(LiveOutput.HOME_AND_CLEAR).doesNotEndWith("\n");
  }
}
