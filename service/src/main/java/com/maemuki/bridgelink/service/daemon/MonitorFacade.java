package com.maemuki.bridgelink.service.daemon;

import com.maemuki.bridgelink.ipc.contract.HistoryResult;
import com.maemuki.bridgelink.ipc.contract.IpcEvent;
import com.maemuki.bridgelink.ipc.contract.NotificationSettings;
import com.maemuki.bridgelink.ipc.contract.RepairListEntry;
import com.maemuki.bridgelink.ipc.contract.RepairRunParams;
import com.maemuki.bridgelink.ipc.contract.RepairRunResult;
import com.maemuki.bridgelink.ipc.contract.SnapshotData;
import com.maemuki.bridgelink.ipc.transport.PeerIdentity;
import com.maemuki.bridgelink.service.ipc.EventPublisher;
import com.maemuki.bridgelink.service.ipc.MethodException;
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

/**
 * The monitor behind the IPC server: {@code status.get}, {@code check.now} and {@code history.get}
 * from the live monitor, and its snapshots and transitions published as events ({@link
 * #publishTo}); {@code repair.list}/{@code repair.run} through the platform's repair registry and
 * {@code diag.create} through the diagnostics bundle, when those are given. Every snapshot carries
 * the service's settings the tray needs ({@link Settings}).
 */
public final class MonitorFacade implements ServiceFacade {

  /** Writes a diagnostics bundle and returns its path. */
  @FunctionalInterface
  public interface DiagnosticsWriter {
    Path write() throws Exception;
  }

  /**
   * What the service tells its clients beside the monitor's state, read at every snapshot (the
   * configuration may have been reloaded).
   *
   * @param notifications the configured notification policy
   * @param localApi the LocalAPI endpoint the monitor watches
   * @param servicePid this process's ID (the tray's repairs retry refusals naming it)
   */
  public record Settings(NotificationSettings notifications, String localApi, Long servicePid) {
    static final Settings NONE = new Settings(null, null, null);
  }

  private final LinkMonitor monitor;
  private final IpcRepairs repairs;
  private final DiagnosticsWriter diagnostics;
  private final Supplier<Settings> settings;

  /** The monitor alone: repairs and diagnostics answer {@code not-available}. */
  public MonitorFacade(LinkMonitor monitor) {
    this(monitor, null, null, () -> Settings.NONE);
  }

  /**
   * @param repairs the service repairs, or null for none
   * @param diagnostics writes a bundle, or null for none
   * @param settings the service's settings for the snapshot
   */
  public MonitorFacade(
      LinkMonitor monitor,
      IpcRepairs repairs,
      DiagnosticsWriter diagnostics,
      Supplier<Settings> settings) {
    this.monitor = monitor;
    this.repairs = repairs;
    this.diagnostics = diagnostics;
    this.settings = settings;
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
            publisher.publish(IpcEvent.SNAPSHOT, payload(snapshot));
          }

          @Override
          public void onTransition(Transition transition) {
            publisher.publish(IpcEvent.TRANSITION, SnapshotJson.transition(transition));
          }
        });
  }

  @Override
  public SnapshotData status() {
    return payload(monitor.snapshot());
  }

  private SnapshotData payload(Snapshot snapshot) {
    Settings current = settings.get();
    return SnapshotJson.snapshot(
        snapshot, current.notifications(), current.localApi(), current.servicePid());
  }

  @Override
  public void checkNow() {
    // A trigger while a source runs only marks one more run: concurrent requests coalesce.
    monitor.checkNow();
  }

  @Override
  public List<RepairListEntry> repairs() {
    return repairs == null ? List.of() : repairs.entries();
  }

  @Override
  public RepairRunResult runRepair(RepairRunParams request, PeerIdentity caller)
      throws MethodException {
    if (repairs == null) {
      throw MethodException.notAvailable("repairs are not available in this build");
    }
    return repairs.run(request, caller == null ? "ipc client" : caller.describe());
  }

  @Override
  public HistoryResult history(String peer, int minutes) throws MethodException {
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
