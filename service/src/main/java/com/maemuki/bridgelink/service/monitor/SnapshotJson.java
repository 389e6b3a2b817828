package com.maemuki.bridgelink.service.monitor;

import com.maemuki.bridgelink.ipc.contract.ContractJson;
import com.maemuki.bridgelink.ipc.contract.FindingData;
import com.maemuki.bridgelink.ipc.contract.HistoryResult;
import com.maemuki.bridgelink.ipc.contract.HistorySample;
import com.maemuki.bridgelink.ipc.contract.NotificationSettings;
import com.maemuki.bridgelink.ipc.contract.PeerData;
import com.maemuki.bridgelink.ipc.contract.ProbeData;
import com.maemuki.bridgelink.ipc.contract.SelfData;
import com.maemuki.bridgelink.ipc.contract.SnapshotData;
import com.maemuki.bridgelink.ipc.contract.SourceData;
import com.maemuki.bridgelink.ipc.contract.TransitionData;
import com.maemuki.bridgelink.service.finding.Finding;
import java.time.Instant;
import java.util.List;

/**
 * The monitor's snapshot, transitions and history as the IPC contract's records ({@code
 * ipc.contract}); the records' one JSON mapping makes them the wire payloads, the diagnostics
 * bundle's {@code snapshot.json} and {@code bridge-link doctor}'s input alike.
 */
public final class SnapshotJson {

  private SnapshotJson() {}

  /** The snapshot without the service's settings (doctor, diagnostics). */
  public static SnapshotData snapshot(Snapshot s) {
    return snapshot(s, null, null, null);
  }

  /**
   * The snapshot as the service serves it.
   *
   * @param notifications the configured notification policy, or null
   * @param localApi the LocalAPI endpoint the service watches, or null
   * @param servicePid the serving process's ID, or null
   */
  public static SnapshotData snapshot(
      Snapshot s, NotificationSettings notifications, String localApi, Long servicePid) {
    return new SnapshotData(
        time(s.time()),
        s.overall().wireName(),
        s.summary(),
        self(s.self()),
        s.peers().stream().map(SnapshotJson::peer).toList(),
        s.findings().stream().map(SnapshotJson::finding).toList(),
        s.sources().stream()
            .map(src -> new SourceData(src.name(), src.ok(), src.error(), time(src.lastRun())))
            .toList(),
        notifications,
        localApi,
        servicePid);
  }

  public static TransitionData transition(Transition t) {
    return new TransitionData(t.kind().wireName(), finding(t.finding()), time(t.time()));
  }

  public static HistoryResult history(String peer, List<LatencyHistory.Sample> samples) {
    return new HistoryResult(
        peer,
        samples.stream()
            .map(s -> new HistorySample(time(s.time()), s.latencyMs(), s.path(), s.ok()))
            .toList());
  }

  public static FindingData finding(ActiveFinding active) {
    Finding f = active.finding();
    return new FindingData(
        f.code().code(),
        f.severity().wireName(),
        f.subject(),
        f.title(),
        f.detail(),
        f.remedy(),
        f.repair(),
        f.code().fixer().wireName(),
        time(active.since()));
  }

  private static SelfData self(SelfView self) {
    return new SelfData(
        self.hostName(),
        self.dnsName(),
        self.ips(),
        self.backendState(),
        self.keyExpiry(),
        self.magicDnsEnabled(),
        self.magicDnsSuffix(),
        self.profileOwnerSid());
  }

  private static PeerData peer(PeerView p) {
    return new PeerData(
        p.name(),
        p.host(),
        p.dnsName(),
        p.ips(),
        p.online(),
        p.state(),
        p.path(),
        p.derpRegion(),
        p.latencyMs(),
        time(p.lastProbe()),
        p.probes().stream()
            .map(pr -> new ProbeData(pr.port(), pr.ok(), pr.latencyMs(), pr.error()))
            .toList(),
        time(p.lastSeen()),
        time(p.keyExpiry()));
  }

  private static String time(Instant t) {
    return t == null ? null : t.toString();
  }

  /** Pretty-printed JSON of a payload, for files. */
  public static String toJson(Record payload) {
    return ContractJson.pretty(payload);
  }
}
