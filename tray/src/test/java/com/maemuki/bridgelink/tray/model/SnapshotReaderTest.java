package com.maemuki.bridgelink.tray.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.maemuki.bridgelink.tailscale.localapi.LocalApiAddress;
import com.maemuki.bridgelink.tailscale.repair.LocalApiTarget;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotReaderTest {

  @Test
  void readsTheContractSnapshotAndIgnoresUnknownFields() {
    Snapshot snapshot = SnapshotReader.read(Snapshots.json("degraded.json"));

    assertThat(snapshot.overall()).isEqualTo("degraded");
    assertThat(snapshot.summary()).isEqualTo("Link degraded: bridge-peer relayed via fra");
    assertThat(snapshot.selfIps()).containsExactly("fd7a:115c:a1e0::1", "100.101.102.103");
    assertThat(snapshot.peers())
        .containsExactly(
            new PeerStatus(
                "bridge-peer", "online", "derp", "fra", 42.4, List.of("100.64.0.2"), true),
            // an older service sent only "online": false is offline; no probes, no ports
            new PeerStatus("nas", "offline", "unknown", null, null, List.of(), false),
            new PeerStatus(
                "printer",
                "online",
                "direct",
                null,
                3.14,
                List.of("fd7a:115c:a1e0::9", "100.64.0.9"),
                true),
            // the service's state wins: nobody can see these, so they are not "offline"
            new PeerStatus("laptop", "unknown", "unknown", null, null, List.of(), false),
            new PeerStatus("old-pc", "not-visible", "unknown", null, null, List.of(), false));
    assertThat(snapshot.peers().get(2).tailscaleIp()).isEqualTo("100.64.0.9");
    assertThat(snapshot.profileOwnerSid())
        .isEqualTo("S-1-5-21-1004336348-1177238915-682003330-1001");
    assertThat(snapshot.findings().get(0).detail()).isEqualTo("relayed via fra");
    assertThat(snapshot.findings().get(1).detail()).isEmpty();
    assertThat(snapshot.findings()).hasSize(4);
    FindingStatus blocked = snapshot.findings().get(1);
    assertThat(blocked.key()).isEqualTo("local-port-blocked/3389");
    assertThat(blocked.severity()).isEqualTo(Severity.WARNING);
    assertThat(blocked.repair()).isEqualTo("open-inbound-port");
    assertThat(snapshot.findings().get(2).key()).isEqualTo("needs-login");
  }

  @Test
  void toleratesMissingAndMistypedFields() {
    Snapshot snapshot =
        SnapshotReader.read(
            Snapshots.parse(
                "{\"overall\": 3, \"peers\": [{\"online\": \"yes\", \"latencyMs\": \"fast\"}, 7],"
                    + " \"findings\": [{\"severity\": \"apocalyptic\"}], \"self\": null}"));

    // a number where text belongs reads as text (the presenter shows an unknown overall as ok)
    assertThat(snapshot.overall()).isEqualTo("3");
    assertThat(snapshot.selfIps()).isEmpty();
    // "online": "yes" is not true, and without a state nobody can tell: unknown, not offline
    assertThat(snapshot.peers())
        .containsExactly(new PeerStatus("?", "unknown", "unknown", null, null, List.of(), false));
    assertThat(snapshot.profileOwnerSid()).isNull();
    assertThat(snapshot.findings().get(0).severity()).isEqualTo(Severity.INFO);
    assertThat(snapshot.findings().get(0).code()).isEqualTo("unknown");
  }

  @Test
  void rejectsANonObject() {
    assertThatThrownBy(() -> SnapshotReader.read(Snapshots.parse("[1,2]")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a JSON object");
  }

  @Test
  void allowedRepairsKeepsOnlyTheAllowedOnes() {
    assertThat(
            SnapshotReader.allowedRepairs(
                Snapshots.parse(
                    "{\"repairs\": [{\"id\": \"open-inbound-port\", \"title\": \"Open the port\","
                        + " \"allowed\": true}, {\"id\": \"restart-tailscaled\", \"allowed\": false},"
                        + " {\"id\": \"reauthenticate\", \"allowed\": true}]}")))
        .containsExactlyInAnyOrderEntriesOf(
            java.util.Map.of(
                "open-inbound-port", "Open the port", "reauthenticate", "reauthenticate"));
  }

  @Test
  void repairPlacesComeFromRunsIn() {
    assertThat(
            SnapshotReader.repairPlaces(
                Snapshots.parse(
                    "{\"repairs\": [{\"id\": \"open-inbound-port\", \"runsIn\": \"service\"},"
                        + " {\"id\": \"accept-dns\", \"runsIn\": \"tray\"},"
                        + " {\"id\": \"odd\", \"runsIn\": \"elsewhere\"}, {\"id\": \"old\"}]}")))
        .containsExactlyInAnyOrderEntriesOf(
            java.util.Map.of("open-inbound-port", "service", "accept-dns", "tray"));
  }

  @Test
  void theLocalApiTheServiceWatchesAndItsPid() {
    assertThat(
            SnapshotReader.localApi(
                Snapshots.parse("{\"localApi\": \"/run/ts/other.sock\", \"servicePid\": 4312}")))
        .contains(new LocalApiTarget(LocalApiAddress.parse("/run/ts/other.sock"), 4312));
    assertThat(
            SnapshotReader.localApi(
                Snapshots.parse(
                    "{\"localApi\": \"\\\\\\\\.\\\\pipe\\\\ProtectedPrefix\\\\Administrators\\\\Tailscale\\\\tailscaled\"}")))
        .contains(
            new LocalApiTarget(new LocalApiAddress.NamedPipe(LocalApiAddress.WINDOWS_PIPE), 0));
    assertThat(SnapshotReader.localApi(Snapshots.parse("{\"overall\": \"ok\"}"))).isEmpty();
    assertThat(SnapshotReader.localApi(Snapshots.parse("{\"localApi\": 7}"))).isEmpty();
  }
}
