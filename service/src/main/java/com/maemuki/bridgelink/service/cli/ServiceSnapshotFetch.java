package com.maemuki.bridgelink.service.cli;

import com.maemuki.bridgelink.ipc.client.IpcException;
import com.maemuki.bridgelink.ipc.client.IpcSession;
import com.maemuki.bridgelink.ipc.client.SessionOptions;
import com.maemuki.bridgelink.ipc.contract.IpcMethod;
import com.maemuki.bridgelink.service.cli.status.StatusEndpoint;
import com.maemuki.bridgelink.service.diag.TrayLogs;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@code bridge-link diag} asks the running service for: its snapshot (with the findings in
 * it). When the service cannot be reached, the bundle's parts say so in those words instead of
 * being silently absent, so support staff know the snapshot is missing and why.
 */
final class ServiceSnapshotFetch {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The service writes its own bundle for the trays' logs (it reads them with its rights). */
  private static final Duration SERVICE_BUNDLE_DEADLINE = Duration.ofMinutes(2);

  private final JsonNode snapshot;
  private final String unreachable;
  private final Callable<TrayLogs> trayLogs;

  private ServiceSnapshotFetch(JsonNode snapshot, String unreachable, Callable<TrayLogs> trayLogs) {
    this.snapshot = snapshot;
    this.unreachable = unreachable;
    this.trayLogs = trayLogs;
  }

  static ServiceSnapshotFetch fetch(Path ipcSocket) {
    StatusEndpoint endpoint = StatusEndpoint.of(ipcSocket);
    try (IpcSession session = endpoint.open(SessionOptions.of("bridge-link-diag"))) {
      JsonNode snapshot = session.call(IpcMethod.STATUS_GET.wireName(), null);
      Callable<TrayLogs> trays;
      try {
        String bundle =
            session
                .call(IpcMethod.DIAG_CREATE.wireName(), null, SERVICE_BUNDLE_DEADLINE)
                .path("path")
                .asString();
        trays = () -> TrayLogs.fromBundle(Path.of(bundle));
      } catch (IpcException e) {
        String why = "the Bridge Link service could not write its bundle: " + e.getMessage();
        trays =
            () -> {
              throw new java.io.IOException(why);
            };
      }
      return new ServiceSnapshotFetch(snapshot, null, trays);
    } catch (IpcException e) {
      return new ServiceSnapshotFetch(null, endpoint.problem(e), null);
    }
  }

  /** The trays' logs the service knows of (null when the service was not reached). */
  Callable<TrayLogs> trayLogs() {
    return trayLogs;
  }

  boolean reached() {
    return snapshot != null;
  }

  /** The sentence for the manifest when the service was not reached. */
  String unreachable() {
    return "the Bridge Link service was not reachable: " + unreachable;
  }

  Supplier<String> snapshotJson() {
    return () -> pretty(snapshot);
  }

  Supplier<String> findingsJson() {
    return () -> pretty(snapshot == null ? null : snapshot.path("findings"));
  }

  private String pretty(JsonNode node) {
    if (snapshot == null) {
      // DiagnosticsBundle records a part's exception message in the manifest's "missing".
      throw new UncheckedIOException(unreachable(), new java.io.IOException(unreachable()));
    }
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
  }
}
