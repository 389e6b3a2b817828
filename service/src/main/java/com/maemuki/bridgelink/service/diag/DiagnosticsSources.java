package com.maemuki.bridgelink.service.diag;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Where each part of the bundle comes from. Any source may be null (not available here); each
 * callable runs under the bundle's per-part deadline and may throw (the manifest says why).
 *
 * @param snapshotJson the monitor's current snapshot (docs/ipc-contract.md)
 * @param findingsJson the current findings
 * @param configJson the configuration file's text (redacted before it is written)
 * @param logDirectory the service's log directory (the newest files, tail-capped)
 * @param auditLog the repair audit log file
 * @param localApiStatus tailscaled's {@code status} JSON
 * @param localApiPrefs tailscaled's {@code prefs} JSON
 * @param bugReportMarker {@code tailscale bugreport}'s marker (LocalAPI bugreport)
 * @param netcheck {@code tailscale netcheck --format=json} output
 * @param firewall the firewall inspection's raw JSON (Windows)
 * @param firewallSummary the firewall evaluation in words (Windows)
 * @param versions product, Java, OS and Tailscale versions
 * @param trayLogs the logs of the trays the service knows of; null when nobody could say which
 *     trays ran (the service was not reached)
 */
public record DiagnosticsSources(
    Callable<String> snapshotJson,
    Callable<String> findingsJson,
    Callable<String> configJson,
    Path logDirectory,
    Path auditLog,
    Callable<String> localApiStatus,
    Callable<String> localApiPrefs,
    Callable<String> bugReportMarker,
    Callable<String> netcheck,
    Callable<String> firewall,
    Callable<String> firewallSummary,
    Map<String, String> versions,
    Callable<TrayLogs> trayLogs) {

  public DiagnosticsSources {
    versions = versions == null ? Map.of() : Map.copyOf(versions);
  }
}
