package com.maemuki.bridgelink.service.cli.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SnapshotTextTest {
  private static final ZoneId UTC = ZoneOffset.UTC;

  @Test
  void okSnapshotHasHeaderSelfPeerLineAndNoFindings() {
    String text = SnapshotText.render(SampleSnapshots.typed(SampleSnapshots.ok()), UTC);
    assertThat(text.lines().findFirst())
        .hasValue("OK  Link ok: 1 peer direct  (as of 2026-11-24 19:00:00)");
    assertThat(text)
        .contains(
            "This machine: bridge-pc (bridge-pc.tail1234.ts.net)  100.64.0.1, fd7a:115c:a1e0::1"
                + "  tailscaled Running  key expires 2027-05-01 00:00:00  MagicDNS on\n")
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
    String text = SnapshotText.render(SampleSnapshots.typed(SampleSnapshots.parse(stopped)), UTC);
    assertThat(text)
        .containsPattern("bridge-peer +100\\.64\\.0\\.2 +unknown +")
        .containsPattern("nas +- +not-shared +")
        .doesNotContain("offline");
  }

  @Test
  void degradedSnapshotShowsRelayProbesAndTheFindingWithItsRepair() {
    String text = SnapshotText.render(SampleSnapshots.typed(SampleSnapshots.degraded()), UTC);
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
                + "      Since: 2026-11-24 18:50:00\n");
  }

  @Test
  void downSnapshotShowsOfflinePeerEachFindingAndFailingSources() {
    String text = SnapshotText.render(SampleSnapshots.typed(SampleSnapshots.down()), UTC);
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
    assertThat(SnapshotText.render(SampleSnapshots.typed(SampleSnapshots.parse("{}")), UTC))
        .isEqualTo("UNKNOWN\n\nNo peers configured.\n\nNo active findings.\n");
    String text =
        SnapshotText.render(
            SampleSnapshots.typed(
                SampleSnapshots.parse(
                    "{'overall':null,'summary':null,'time':null,'self':null,'peers':[null,{},"
                        + "{'name':null,'host':'h','ips':null,'online':null,'probes':[{'port':22}]}],"
                        + "'findings':[{}, 'not an object'],'sources':null}")),
            UTC);
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
    String text = SnapshotText.render(SampleSnapshots.typed(snapshot), UTC);
    assertThat(text)
        .startsWith("DEGRADED  42\n")
        // a number where text belongs reads as text, like the summary above
        .containsPattern("\np +1, 100\\.64\\.0\\.9 +unknown +peer-relay +- +-\n")
        .contains("  WARNING  new-code\n      Fix: fixed by: robot\n");
  }

  @Test
  void compactIsHeaderPeersAndFindingTitles() {
    assertThat(SnapshotText.compact(SampleSnapshots.typed(SampleSnapshots.degraded()), UTC))
        .isEqualTo(
            "DEGRADED  Link degraded: bridge-peer relayed via fra  (as of 2026-11-24 19:00:00)\n"
                + "  bridge-peer  online  relay \"fra\"  48.3 ms  3389 ok 51.0 ms; 8080 failed:"
                + " connection refused\n"
                + "  WARNING  path-relayed [bridge-peer]: The link to bridge-peer is relayed\n");
  }

  /** Five peers with long names and four findings: the redrawn view must still fit 80×24. */
  static String crowded() {
    StringBuilder peers = new StringBuilder();
    for (int i = 1; i <= 5; i++) {
      peers
          .append(i == 1 ? "" : ",")
          .append("{'name':'a-very-long-peer-name-that-goes-on-and-on-")
          .append(i)
          .append("','ips':['100.64.0.")
          .append(i)
          .append("','fd7a:115c:a1e0::")
          .append(i)
          .append("'],'state':'online','path':'derp','derpRegion':'frankfurt-and-more',")
          .append("'latencyMs':48.25,'probes':[{'port':3389,'ok':false,")
          .append(
              "'error':'connection refused by the remote host at once'},{'port':22,'ok':true}]}");
    }
    StringBuilder findings = new StringBuilder();
    for (int i = 1; i <= 4; i++) {
      findings
          .append(i == 1 ? "" : ",")
          .append("{'severity':'warning','code':'path-relayed','subject':'a-very-long-peer-name-")
          .append(i)
          .append("','title':'The link to this peer is relayed through a DERP server far away',")
          .append("'detail':'d','remedy':'Allow UDP 41641 inbound on this machine and on the")
          .append(" peer, then wait a minute for the path to become direct again.',")
          .append("'fixer':'service','repair':'open-inbound-port','since':'2026-11-24T18:50:00Z'}");
    }
    return "{'time':'2026-11-24T19:00:00Z','overall':'degraded','summary':'Link degraded: five"
        + " peers relayed through far-away DERP servers, and more words','self':{'hostName':"
        + "'bridge-pc-with-a-long-name','dnsName':'bridge-pc-with-a-long-name.tail1234.ts.net.',"
        + "'ips':['100.64.0.1'],'backendState':'Running','keyExpiry':'2027-05-01T00:00:00Z',"
        + "'magicDnsEnabled':true},'peers':["
        + peers
        + "],'findings':["
        + findings
        + "],'sources':[{'name':'dns','ok':false,'error':'no answer within 2000 ms'}]}";
  }

  @Test
  void theScreenViewFits80By24WithFivePeersAndFourFindings() {
    List<String> lines =
        SnapshotText.screen(SampleSnapshots.typed(SampleSnapshots.parse(crowded())), UTC, 80, 24);
    assertThat(lines).hasSizeLessThanOrEqualTo(24);
    assertThat(lines)
        .allSatisfy(l -> assertThat(l.codePointCount(0, l.length())).isLessThanOrEqualTo(80));
    assertThat(lines.get(0)).startsWith("DEGRADED  Link degraded: five peers").endsWith("…");
    assertThat(lines).filteredOn(l -> l.startsWith("a-very-long-pee…")).hasSize(5);
    assertThat(lines).filteredOn(l -> l.startsWith("  WARNING  path-relayed")).hasSize(4);
    assertThat(lines).contains("Sources failing: dns (no answer within 2000 ms)");
  }

  @Test
  void aScreenTooSmallForEverythingSaysHowManyMoreThereAre() {
    List<String> lines =
        SnapshotText.screen(SampleSnapshots.typed(SampleSnapshots.parse(crowded())), UTC, 80, 12);
    assertThat(lines).hasSizeLessThanOrEqualTo(12);
    assertThat(lines).anyMatch(l -> l.matches("… \\d+ more .*: bridge-link status shows all"));
  }

  @Test
  void timesAreLocalToTheSecond() {
    String text =
        SnapshotText.render(
            SampleSnapshots.typed(SampleSnapshots.degraded()), ZoneId.of("Asia/Tokyo"));
    assertThat(text).contains("(as of 2026-11-25 04:00:00)").contains("Since: 2026-11-25 03:50:00");
  }
}
