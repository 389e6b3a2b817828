package com.maemuki.bridgelink.tray.window;

import com.maemuki.bridgelink.ipc.contract.ContractJson;
import com.maemuki.bridgelink.ipc.contract.IpcMethod;
import com.maemuki.bridgelink.tray.action.DesktopActions;
import com.maemuki.bridgelink.tray.connection.ConnectionListener;
import com.maemuki.bridgelink.tray.connection.ServiceConnection;
import com.maemuki.bridgelink.tray.model.EventLine;
import com.maemuki.bridgelink.tray.model.FindingStatus;
import com.maemuki.bridgelink.tray.model.PeerStatus;
import com.maemuki.bridgelink.tray.model.RepairAccess;
import com.maemuki.bridgelink.tray.model.Severity;
import com.maemuki.bridgelink.tray.model.Snapshot;
import com.maemuki.bridgelink.tray.model.TrayCommand;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The status window's test doubles and a realistic snapshot (also for the docs screenshot). */
final class WindowFixtures {
  static final Instant T = Instant.parse("2026-12-03T19:45:12Z");

  static final FindingStatus BLOCKED =
      new FindingStatus(
          "local-port-blocked",
          Severity.CRITICAL,
          "3389",
          "The firewall on this computer blocks port 3389 (Remote Desktop) from Tailscale, so the"
              + " shared computer cannot reach it",
          "Allow the port from Tailscale addresses (100.64.0.0/10) in Windows Defender Firewall,"
              + " or let Bridge Link add the rule.",
          "open-inbound-port",
          "service",
          "A connection from 100.64.0.2 to 100.101.102.103:3389 was refused after 3 ms; the"
              + " application listens on 0.0.0.0:3389; inbound rule \"Block RDP\" matches"
              + " Tailscale's interface.");
  static final FindingStatus RELAYED =
      new FindingStatus(
          "path-relayed",
          Severity.WARNING,
          "bridge-peer",
          "Traffic to the shared computer is relayed (DERP), not direct",
          "The link works but is slower; allowing UDP 41641 outbound usually helps.",
          null,
          "peer-owner",
          "relayed via DERP fra for 12 minutes; 41 ms");

  static Snapshot snapshot(FindingStatus... findings) {
    return new Snapshot(
        "down",
        "Link down: port 3389 blocked",
        List.of("100.101.102.103"),
        List.of(
            new PeerStatus(
                "bridge-peer",
                "online",
                "derp",
                "fra",
                41.2,
                List.of("fd7a:115c:a1e0::2", "100.64.0.2"),
                true),
            new PeerStatus("nas", "online", "direct", null, 2.5, List.of("100.64.0.3"), false),
            new PeerStatus("laptop", "unknown", "unknown", null, null, List.of(), true)),
        List.of(findings));
  }

  /** The agent's side: a snapshot, the access, the repair results given by hand. */
  static final class Source implements StatusSource {
    volatile Snapshot snapshot = snapshot(BLOCKED, RELAYED);
    volatile RepairAccess access = RepairAccess.of(Map.of("open-inbound-port", "Open port 3389"));
    final List<TrayCommand> repairs = new CopyOnWriteArrayList<>();
    volatile CompletableFuture<String> nextResult = new CompletableFuture<>();
    volatile List<EventLine> events = List.of();

    @Override
    public Snapshot latestSnapshot() {
      return snapshot;
    }

    @Override
    public RepairAccess repairAccess() {
      return access;
    }

    @Override
    public CompletableFuture<String> repair(TrayCommand command) {
      repairs.add(command);
      return nextResult;
    }

    @Override
    public List<EventLine> recentEvents() {
      return events;
    }
  }

  /** The service: records requests and answers each with an empty object. */
  static final class Service implements ServiceConnection {
    final List<String> requests = new CopyOnWriteArrayList<>();
    volatile String history = "{\"samples\": []}";

    @Override
    public void start(ConnectionListener listener) {}

    @Override
    public CompletableFuture<JsonNode> request(IpcMethod method, Record params) {
      requests.add(
          params == null
              ? method.wireName()
              : method.wireName() + " " + ContractJson.write(params));
      JsonNode answer =
          method == IpcMethod.CHECK_NOW
              ? JsonMapper.shared().readTree("{\"started\": true}")
              : JsonMapper.shared().readTree(history);
      return CompletableFuture.completedFuture(answer);
    }

    @Override
    public void close() {}
  }

  static final class Desktop implements DesktopActions {
    final List<String> copied = new CopyOnWriteArrayList<>();

    @Override
    public void copyToClipboard(String text) {
      copied.add(text);
    }

    @Override
    public void browse(URI page) {}
  }

  private WindowFixtures() {}
}
