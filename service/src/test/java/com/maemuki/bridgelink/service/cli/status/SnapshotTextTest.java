package com.maemuki.bridgelink.service.cli.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SnapshotTextTest {

  @Test
  void okSnapshotHasHeaderSelfPeerLineAndNoFindings() {
    String text = SnapshotText.render(SampleSnapshots.typed(SampleSnapshots.ok()));
    assertThat(text.lines().findFirst())
        .hasValue("OK  Link ok: 1 peer direct  (as of 2026-11-24T19:00:00Z)");
    assertThat(text)
        .contains(
            "This machine: bridge-pc (bridge-pc.tail1234.ts.net)  100.64.0.1, fd7a:115c:a1e0::1"
                + "  tailscaled Running  key expires 2027-05-01T00:00:00Z  MagicDNS on\n")
        .containsPattern("PEER +IP +STATE +PATH +LATENCY +PORTS\n")
        .containsPattern(
            "bridge-peer +100\\.64\\.0\\.2 +online +direct \\(DERP fra\\) +12\\.5 ms +3389 ok 3\\.1"
                + " ms\n")
        .contains("No active findings.")
        .doesNotContain("Sources failing");
  }

  // The snapshot's peers[].state (issue 11 point 4): a stopped machine's peers are "unknown",
  // not "offline", even where the frozen online flag is absent.
  @Test
  void thePeerStateIsShownAsTheSnapshotSaysIt() {
    String stopped =
        "{'time':'2026-11-24T19:00:00Z','overall':'down','summary':'Link down: Tailscale is off',"
            + "'self':{'hostName':'bridge-pc','ips':[],'backendState':'Stopped'},"
            + "'peers':[{'name':'bridge-peer','ips':['100.64.0.2'],'online':null,"
            + "'state':'unknown','path':'unknown','probes':[]},"
            + "{'name':'nas','ips':[],'online':null,'state':'not-shared','path':'unknown',"
            + "'probes':[]}],'findings':[],'sources':[]}";
    String text = SnapshotText.render(SampleSnapshots.typed(SampleSnapshots.parse(stopped)));
    assertThat(text)
        .containsPattern("bridge-peer +100\\.64\\.0\\.2 +unknown +")
        .containsPattern("nas +- +not-shared +")
        .doesNotContain("offline");
  }

  @Test
  void degradedSnapshotShowsRelayProbesAndTheFindingWithItsRepair() {
    String text = SnapshotText.render(SampleSnapshots.typed(SampleSnapshots.degraded()));
    assertThat(text)
        .startsWith("DEGRADED  Link degraded: bridge-peer relayed via fra")
        .containsPattern(
            "bridge-peer +100\\.64\\.0\\.2 +online +relay \"fra\" +48\\.3 ms"
                + " +3389 ok 51\\.0 ms; 8080 failed: connection refused\n")
        .contains("Findings (1):\n")
        .contains(
            "  WARNING  path-relayed [bridge-peer]: The link to bridge-peer is relayed\n"
                + "      Traffic goes through DERP fra.\n"
                + "      Remedy: Allow UDP 41641 inbound on this machine.\n"
                + "      Fix: repair \"open-inbound-port\" — the Bridge Link service can do it"
                + " (an operator starts it from the tray)\n"
                + "      Since: 2026-11-24T18:50:00Z\n");
  }

  @Test
  void downSnapshotShowsOfflinePeerEachFindingAndFailingSources() {
    String text = SnapshotText.render(SampleSnapshots.typed(SampleSnapshots.down()));
    assertThat(text)
        .startsWith("DOWN  Link down: bridge-peer offline")
        .contains("This machine: bridge-pc  no Tailscale IP  tailscaled Running\n")
        .containsPattern("bridge-peer +100\\.64\\.0\\.2 +offline +unknown +- +-\n")
        .contains("Findings (2):\n")
        .contains("  CRITICAL  peer-offline [bridge-peer]: The shared computer is offline\n")
        .contains("Fix: the owner of the peer machine must act\n")
        .contains("  INFO  key-expiring: Key expires soon\n")
        .contains("Fix: you can do it from the tray\n")
        .contains("Sources failing: localapi-status (connection refused)");
  }

  @Test
  void emptyAndNullFieldsRenderWithoutFailing() {
    assertThat(SnapshotText.render(SampleSnapshots.typed(SampleSnapshots.parse("{}"))))
        .isEqualTo("UNKNOWN\n\nNo peers configured.\n\nNo active findings.\n");
    String text =
        SnapshotText.render(
            SampleSnapshots.typed(
                SampleSnapshots.parse(
                    "{'overall':null,'summary':null,'time':null,'self':null,'peers':[null,{},"
                        + "{'name':null,'host':'h','ips':null,'online':null,'probes':[{'port':22}]}],"
                        + "'findings':[{}, 'not an object'],'sources':null}")));
    assertThat(text)
        .startsWith("UNKNOWN\n")
        .containsPattern("\n- +- +unknown +- +- +-\n")
        .containsPattern("\nh +- +unknown +- +- +22 not probed\n")
        .contains("Findings (1):\n  FINDING  -\n      Fix: see the remedy\n");
  }

  @Test
  void unknownFieldsAndWrongTypesAreIgnored() {
    JsonNode snapshot =
        SampleSnapshots.parse(
            "{'overall':'degraded','future':{'x':1},'summary':42,'peers':[{'name':'p',"
                + "'online':'yes','latencyMs':'fast','ips':[1,'100.64.0.9'],'path':'peer-relay',"
                + "'newField':[1,2]}],'findings':[{'severity':'warning','code':'new-code',"
                + "'fixer':'robot','extra':true}]}");
    String text = SnapshotText.render(SampleSnapshots.typed(snapshot));
    assertThat(text)
        .startsWith("DEGRADED  42\n")
        // a number where text belongs reads as text, like the summary above
        .containsPattern("\np +1, 100\\.64\\.0\\.9 +unknown +peer-relay +- +-\n")
        .contains("  WARNING  new-code\n      Fix: fixed by: robot\n");
  }

  @Test
  void compactIsHeaderPeersAndFindingTitles() {
    assertThat(SnapshotText.compact(SampleSnapshots.typed(SampleSnapshots.degraded())))
        .isEqualTo(
            "DEGRADED  Link degraded: bridge-peer relayed via fra  (as of 2026-11-24T19:00:00Z)\n"
                + "  bridge-peer  online  relay \"fra\"  48.3 ms  3389 ok 51.0 ms; 8080 failed:"
                + " connection refused\n"
                + "  WARNING  path-relayed [bridge-peer]: The link to bridge-peer is relayed\n");
  }
}
