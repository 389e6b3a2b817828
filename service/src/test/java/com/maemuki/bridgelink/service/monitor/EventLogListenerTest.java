package com.maemuki.bridgelink.service.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventLogListenerTest {

  @Test
  void criticalFindingsAreLoggedWhenRaisedAndCleared() {
    List<String> events = new ArrayList<>();
    EventLogListener listener =
        new EventLogListener((level, id, msg) -> events.add(level + " " + id + " " + msg));
    Instant now = Instant.parse("2026-11-24T20:00:00Z");
    ActiveFinding blocked =
        new ActiveFinding(
            Finding.of(FindingCode.LOCAL_PORT_BLOCKED, "3389", "Block rule 'x' matches TCP 3389."),
            now);
    ActiveFinding relayed =
        new ActiveFinding(Finding.of(FindingCode.PATH_RELAYED, "office-pc", "via fra"), now);
    listener.onTransition(new Transition(Transition.Kind.RAISED, blocked, now));
    listener.onTransition(new Transition(Transition.Kind.RAISED, relayed, now));
    listener.onTransition(new Transition(Transition.Kind.CLEARED, relayed, now));
    listener.onTransition(new Transition(Transition.Kind.CLEARED, blocked, now));
    assertThat(events)
        .containsExactly(
            "ERROR 1001 local-port-blocked/3389: Windows Firewall blocks the application port from Tailscale. Block rule 'x' matches TCP 3389. Remedy: Allow the port from Tailscale addresses (one click adds a rule limited to the Tailscale network).",
            "INFORMATION 1002 local-port-blocked/3389 cleared: Windows Firewall blocks the application port from Tailscale.");
  }
}
