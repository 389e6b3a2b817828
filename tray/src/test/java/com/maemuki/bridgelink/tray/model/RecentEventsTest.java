package com.maemuki.bridgelink.tray.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.ipc.contract.RepairEventData;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RecentEventsTest {
  private static final Instant T = Instant.parse("2026-12-03T19:45:12Z");
  private static final FindingStatus OFFLINE =
      new FindingStatus(
          "peer-offline",
          Severity.CRITICAL,
          "bridge-peer",
          "Peer offline",
          "Wake it",
          null,
          "nobody");

  private static List<String> lines(RecentEvents events, ZoneId zone) {
    return events.list().stream().map(l -> l.format(zone)).collect(Collectors.toList());
  }

  @Test
  void transitionsAndRepairsNewestFirstInTheMachinesZone() {
    RecentEvents events = new RecentEvents();
    events.transition(new FindingTransition(FindingTransition.Kind.RAISED, OFFLINE), T);
    events.repair(
        new RepairEventData("restart-tailscaled", RepairEventData.STARTED, null, null),
        T.plusSeconds(1));
    events.repair(
        new RepairEventData(
            "restart-tailscaled",
            RepairEventData.SUCCEEDED,
            "Verified: the problem is gone.",
            true),
        T.plusSeconds(9));
    events.transition(
        new FindingTransition(FindingTransition.Kind.CLEARED, OFFLINE), T.plusSeconds(10));
    events.userRepair("reauth", "Not signed in: the browser was closed.", true, T.plusSeconds(70));
    events.repair(new RepairEventData("x", "paused", null, null), T.plusSeconds(80));

    // Tokyo is UTC+9 all year: 19:45 UTC is 04:45 there
    assertThat(lines(events, ZoneId.of("Asia/Tokyo")))
        .containsExactly(
            "04:46:22  Repair failed: Sign in to Tailscale again: Not signed in: the browser was"
                + " closed.",
            "04:45:22  Cleared: Peer offline (bridge-peer)",
            "04:45:21  Repair done: Restart Tailscale: Verified: the problem is gone.",
            "04:45:13  Repair started: Restart Tailscale",
            "04:45:12  Raised: Critical: Peer offline (bridge-peer)");
  }

  @Test
  void keepsTheLastFifty() {
    RecentEvents events = new RecentEvents();
    for (int i = 0; i < 60; i++) {
      events.userRepair("reauth", "try " + i, false, T.plusSeconds(i));
    }
    assertThat(events.list()).hasSize(50);
    assertThat(events.list().get(0).text()).endsWith("try 59");
    assertThat(events.list().get(49).text()).endsWith("try 10");
  }
}
