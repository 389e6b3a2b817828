package com.maemuki.bridgelink.service.cli.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class EventTextTest {
  private static final Instant NOW = Instant.parse("2026-11-24T19:05:00Z");
  private static final ZoneId UTC = ZoneOffset.UTC;

  @Test
  void transitionIsOneTimestampedLineAtTheEventsTimeInTheLocalZone() {
    String line =
        EventText.render(
            "transition",
            SampleSnapshots.parse(
                "{'kind':'raised','time':'2026-11-24T19:01:02Z','finding':{'code':'peer-offline',"
                    + "'severity':'critical','subject':'bridge-peer','title':'The peer is offline'}}"),
            NOW,
            ZoneId.of("Europe/Berlin"));
    assertThat(line)
        .isEqualTo(
            "[2026-11-24 20:01:02] RAISED  CRITICAL  peer-offline [bridge-peer]: The peer is"
                + " offline\n");
  }

  @Test
  void clearedTransitionWithoutTimeUsesNow() {
    assertThat(
            EventText.render(
                "transition",
                SampleSnapshots.parse(
                    "{'kind':'cleared','finding':{'code':'path-relayed','severity':'warning'}}"),
                NOW,
                UTC))
        .isEqualTo("[2026-11-24 19:05:00] CLEARED  WARNING  path-relayed\n");
  }

  @Test
  void repairEvent() {
    assertThat(
            EventText.render(
                "repair",
                SampleSnapshots.parse(
                    "{'repair':'open-inbound-port','status':'succeeded',"
                        + "'message':'Added inbound rule for port 3389','cleared':true}"),
                NOW,
                UTC))
        .isEqualTo(
            "[2026-11-24 19:05:00] REPAIR  open-inbound-port succeeded: Added inbound rule for"
                + " port 3389 (finding cleared)\n");
  }

  @Test
  void snapshotIsTheCompactStatusAtTheSnapshotsTime() {
    assertThat(EventText.render("snapshot", SampleSnapshots.degraded(), NOW, UTC))
        .startsWith("[2026-11-24 19:00:00] DEGRADED  Link degraded")
        .contains("\n  bridge-peer  online  relay \"fra\"");
  }

  @Test
  void unknownEventsAndBadPayloadsAreShownNotDropped() {
    assertThat(EventText.render("future", SampleSnapshots.parse("{'a':1}"), NOW, UTC))
        .isEqualTo("[2026-11-24 19:05:00] future: {\"a\":1}\n");
    assertThat(
            EventText.render(
                "transition", SampleSnapshots.parse("{'time':'not a time'}"), NOW, UTC))
        .isEqualTo("[2026-11-24 19:05:00] CHANGED  (no finding)\n");
    assertThat(EventText.render("repair", null, NOW, UTC))
        .isEqualTo("[2026-11-24 19:05:00] REPAIR  -\n");
  }
}
