package com.maemuki.bridgelink.ipc.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class ContractJsonTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void aSnapshotKeepsEveryFieldThroughTheWire() {
    FindingData finding =
        new FindingData(
            "local-port-blocked",
            "warning",
            "3389",
            "Blocked",
            "detail",
            "remedy",
            "open-inbound-port",
            "service",
            "2026-11-24T19:00:00Z");
    SnapshotData snapshot =
        new SnapshotData(
            "2026-11-24T19:00:01Z",
            "degraded",
            "Link degraded",
            new SelfData(
                "me", "me.ts.net", List.of("100.64.0.1"), "Running", null, true, "ts.net", null),
            List.of(
                new PeerData(
                    "bridge-peer",
                    "bridge-peer.ts.net",
                    null,
                    List.of("100.64.0.2"),
                    true,
                    "online",
                    "derp",
                    "fra",
                    12.5,
                    null,
                    List.of(new ProbeData(3389, false, null, "refused")),
                    "2026-11-24T18:59:00Z",
                    "2027-02-01T00:00:00Z")),
            List.of(finding),
            List.of(new SourceData("localapi-status", true, null, "2026-11-24T19:00:00Z")),
            new NotificationSettings("warning", true),
            "/var/run/tailscale/tailscaled.sock",
            4242L);

    ObjectNode wire = ContractJson.write(snapshot);

    assertThat(wire.path("findings").get(0).path("subject").asString()).isEqualTo("3389");
    assertThat(wire.path("notifications").path("minSeverity").asString()).isEqualTo("warning");
    assertThat(wire.path("self").has("keyExpiry")).as("null is written, not left out").isTrue();
    assertThat(wire.path("peers").get(0).path("lastSeen").asString())
        .isEqualTo("2026-11-24T18:59:00Z");
    assertThat(ContractJson.read(wire, SnapshotData.class)).isEqualTo(snapshot);
  }

  @Test
  void unknownFieldsAreIgnoredAndMissingOnesReadAsNull() throws Exception {
    JsonNode node =
        JSON.readTree(
            "{\"overall\":\"down\",\"newerField\":{\"x\":1},\"peers\":[{\"name\":\"p\"}]}");

    SnapshotData read = ContractJson.read(node, SnapshotData.class);

    assertThat(read.overall()).isEqualTo("down");
    assertThat(read.findings()).isEmpty();
    assertThat(read.peers().get(0).online()).isNull();
    assertThat(read.notifications()).isNull();
  }

  @Test
  void aFieldOfTheWrongShapeReadsAsNullAndTheRestSurvives() throws Exception {
    JsonNode node =
        JSON.readTree(
            "{\"overall\":\"down\",\"self\":[1],\"sources\":\"x\",\"peers\":[null,\"p\","
                + "{\"name\":\"q\",\"online\":\"yes\",\"latencyMs\":\"fast\",\"probes\":[{\"port\":{}}]}]}");

    SnapshotData read = ContractJson.read(node, SnapshotData.class);

    assertThat(read.overall()).isEqualTo("down");
    assertThat(read.self()).isNull();
    assertThat(read.sources()).isEmpty();
    assertThat(read.peers()).hasSize(1);
    PeerData peer = read.peers().get(0);
    assertThat(peer.name()).isEqualTo("q");
    assertThat(peer.online()).isNull();
    assertThat(peer.latencyMs()).isNull();
    assertThat(peer.probes().get(0).port()).isNull();
    assertThat(peer.lastSeen()).as("an older service sends no lastSeen").isNull();
    assertThat(peer.keyExpiry()).isNull();
  }

  @Test
  void aPayloadThatIsNotAnObjectIsRefused() throws Exception {
    assertThatThrownBy(() -> ContractJson.read(JSON.readTree("[1]"), SnapshotData.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SnapshotData");
  }

  @Test
  void repairRunCarriesTheFindingKeyAndSubjectAtTheTopOfParams() {
    FindingData second =
        new FindingData(
            "local-port-blocked",
            "warning",
            "8080",
            "t",
            "d",
            "r",
            "open-inbound-port",
            "service",
            null);

    ObjectNode wire = ContractJson.write(RepairRunParams.forFinding(second));

    assertThat(wire.path("id").asString()).isEqualTo("open-inbound-port");
    assertThat(wire.path("findingKey").asString()).isEqualTo("local-port-blocked/8080");
    assertThat(wire.path("subject").asString()).isEqualTo("8080");
    assertThat(ContractJson.read(wire, RepairRunParams.class).options()).isEqualTo(Map.of());
  }

  @Test
  void absentParamsReadAsAnEmptyRecord() {
    assertThat(ContractJson.read(null, HistoryParams.class))
        .isEqualTo(new HistoryParams(null, null));
  }

  @Test
  void everyWireNameMapsBackToItsConstant() {
    for (IpcMethod method : IpcMethod.values()) {
      assertThat(IpcMethod.fromWire(method.wireName())).contains(method);
    }
    for (IpcEvent event : IpcEvent.values()) {
      assertThat(IpcEvent.fromWire(event.wireName())).contains(event);
    }
    assertThat(IpcMethod.fromWire("status.gett")).isEmpty();
  }
}
