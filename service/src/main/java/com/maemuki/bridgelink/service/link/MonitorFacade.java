package com.maemuki.bridgelink.service.link;

import com.maemuki.bridgelink.ipc.transport.PeerIdentity;
import com.maemuki.bridgelink.service.ipc.EventPublisher;
import com.maemuki.bridgelink.service.ipc.MethodException;
import com.maemuki.bridgelink.service.ipc.RepairEntry;
import com.maemuki.bridgelink.service.ipc.RepairOutcome;
import com.maemuki.bridgelink.service.ipc.ServiceFacade;
import com.maemuki.bridgelink.service.monitor.LinkMonitor;
import com.maemuki.bridgelink.service.monitor.MonitorListener;
import com.maemuki.bridgelink.service.monitor.Snapshot;
import com.maemuki.bridgelink.service.monitor.SnapshotJson;
import com.maemuki.bridgelink.service.monitor.Transition;
import com.maemuki.bridgelink.service.repair.IpcRepairs;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The monitor behind the IPC server: {@code status.get}, {@code check.now} and {@code history.get}
 * from the live monitor, and its snapshots and transitions published as events ({@link
 * #publishTo}); {@code repair.list}/{@code repair.run} through the platform's repair registry and
 * {@code diag.create} through the diagnostics bundle, when those are given.
 */
public final class MonitorFacade implements ServiceFacade {

  /** Writes a diagnostics bundle and returns its path. */
  @FunctionalInterface
  public interface DiagnosticsWriter {
    Path write() throws Exception;
  }

  private final LinkMonitor monitor;
  private final IpcRepairs repairs;
  private final DiagnosticsWriter diagnostics;
  private final Supplier<ObjectNode> serviceFields;

  /** The monitor alone: repairs and diagnostics answer {@code not-available}. */
  public MonitorFacade(LinkMonitor monitor) {
    this(monitor, null, null, null);
  }

  /**
   * @param repairs the service repairs, or null for none
   * @param diagnostics writes a bundle, or null for none
   * @param serviceFields fields added to every snapshot payload ({@code localApi}: the LocalAPI the
   *     monitor watches, which the tray's user repairs must use too; {@code servicePid}), or null
   */
  public MonitorFacade(
      LinkMonitor monitor,
      IpcRepairs repairs,
      DiagnosticsWriter diagnostics,
      Supplier<ObjectNode> serviceFields) {
    this.monitor = monitor;
    this.repairs = repairs;
    this.diagnostics = diagnostics;
    this.serviceFields = serviceFields;
  }

  /** The snapshot payload, with where the monitor reads tailscaled when that is known. */
  private ObjectNode snapshotJson(Snapshot snapshot) {
    ObjectNode json = SnapshotJson.snapshot(snapshot);
    if (serviceFields != null) {
      json.setAll(serviceFields.get());
    }
    return json;
  }

  /** Sends every changed snapshot and every transition to {@code publisher} (never blocks). */
  public void publishTo(EventPublisher publisher) {
    monitor.addListener(
        new MonitorListener() {
          @Override
          public void onSnapshot(Snapshot snapshot) {
            if (!publisher.hasSubscribers()) {
              // No client: a later subscriber starts from monitor.snapshot(), already current.
              return;
            }
            publisher.publish("snapshot", snapshotJson(snapshot));
          }

          @Override
          public void onTransition(Transition transition) {
            publisher.publish("transition", SnapshotJson.transition(transition));
          }
        });
  }

  @Override
  public JsonNode status() {
    return snapshotJson(monitor.snapshot());
  }

  @Override
  public void checkNow() {
    // A trigger while a source runs only marks one more run: concurrent requests coalesce.
    monitor.checkNow();
  }

  @Override
  public List<RepairEntry> repairs() {
    return repairs == null ? List.of() : repairs.entries();
  }

  @Override
  public RepairOutcome runRepair(String id, ObjectNode params) throws MethodException {
    return runRepair(id, params, null);
  }

  @Override
  public RepairOutcome runRepair(String id, ObjectNode params, PeerIdentity caller)
      throws MethodException {
    if (repairs == null) {
      throw MethodException.notAvailable("repairs are not available in this build");
    }
    return repairs.run(id, params, caller == null ? "ipc client" : caller.describe());
  }

  @Override
  public JsonNode history(String peer, int minutes) throws MethodException {
    if (peer == null || peer.isBlank()) {
      throw MethodException.badRequest("peer is required");
    }
    int window = Math.max(1, Math.min(60, minutes));
    return SnapshotJson.history(
        peer, monitor.history().get(peer, Duration.ofMinutes(window), Instant.now()));
  }

  @Override
  public Path createDiagnostics() throws MethodException {
    if (diagnostics == null) {
      throw MethodException.notAvailable("diagnostics bundles are not available in this build");
    }
    try {
      return diagnostics.write();
    } catch (Exception e) {
      throw MethodException.notAvailable("cannot write the diagnostics bundle: " + e.getMessage());
    }
  }
}
