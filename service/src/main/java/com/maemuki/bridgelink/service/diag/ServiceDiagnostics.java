package com.maemuki.bridgelink.service.diag;

import com.maemuki.bridgelink.service.platform.FirewallInspection;
import com.maemuki.bridgelink.service.platform.FirewallReader;
import com.maemuki.bridgelink.service.platform.Platforms;
import com.maemuki.bridgelink.service.platform.firewall.Evaluation;
import com.maemuki.bridgelink.service.platform.firewall.FirewallEvaluator;
import com.maemuki.bridgelink.service.platform.firewall.Verdict;
import com.maemuki.bridgelink.tailscale.cli.TailscaleCli;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiClient;
import com.maemuki.bridgelink.tailscale.process.CommandResult;
import com.maemuki.bridgelink.tailscale.process.CommandStartException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds {@link DiagnosticsSources} from the service's parts: the LocalAPI client (short requests
 * only), the platform's firewall reader, the tailscale CLI for netcheck, files in the data
 * directory. Used by {@code bridge-link diag} and by the IPC {@code diag.create} method.
 */
public final class ServiceDiagnostics {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ServiceDiagnostics() {}

  /**
   * @param snapshot the monitor's snapshot JSON, or null when no monitor runs (the CLI)
   * @param findings the current findings JSON, or null
   * @param configFile the configuration file
   * @param inboundPorts the configured inbound ports (for the firewall part)
   * @param tailscaleCli the CLI for netcheck, if installed
   * @param trayLogs the trays' logs (null: not known, the service was not reached)
   */
  public static DiagnosticsSources sources(
      Supplier<String> snapshot,
      Supplier<String> findings,
      Path configFile,
      Path logDirectory,
      Path auditLog,
      LocalApiClient client,
      FirewallReader firewall,
      List<Integer> inboundPorts,
      Optional<TailscaleCli> tailscaleCli,
      Map<String, String> versions,
      Callable<TrayLogs> trayLogs) {
    Callable<String> netcheck =
        tailscaleCli.<Callable<String>>map(cli -> () -> netcheck(cli)).orElse(null);
    return new DiagnosticsSources(
        snapshot == null ? null : snapshot::get,
        findings == null ? null : findings::get,
        configFile == null
            ? null
            : () -> Files.exists(configFile) ? Files.readString(configFile) : null,
        logDirectory,
        auditLog,
        client == null ? null : () -> client.status(true),
        client == null ? null : client::prefs,
        client == null ? null : () -> client.bugReport("maemuki bridge link diagnostics", false),
        netcheck,
        firewall == null ? null : () -> firewallJson(firewall, inboundPorts),
        firewall == null ? null : () -> firewallSummary(firewall, inboundPorts),
        versions,
        trayLogs);
  }

  /** Product, Java and OS versions. */
  public static Map<String, String> versions(String product) {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("bridge-link", product == null ? "unknown" : product);
    v.put(
        "java",
        System.getProperty("java.version", "")
            + " ("
            + System.getProperty("java.vendor", "")
            + ")");
    v.put("os", Platforms.os().describe());
    return v;
  }

  static String netcheck(TailscaleCli cli) throws IOException, InterruptedException {
    CommandResult r;
    try {
      r = cli.netcheckJson();
    } catch (CommandStartException e) {
      throw new IOException("tailscale netcheck did not start: " + e.getMessage(), e);
    }
    if (!r.succeeded()) {
      throw new IOException(
          r.timedOut()
              ? "tailscale netcheck timed out"
              : "tailscale netcheck failed: " + firstLine(r.stderr()));
    }
    return r.stdout();
  }

  private static String firstLine(String text) {
    return text == null ? "" : text.strip().lines().findFirst().orElse("");
  }

  private static String firewallJson(FirewallReader reader, List<Integer> ports)
      throws IOException {
    FirewallInspection inspection = reader.read(ports);
    if (inspection instanceof FirewallInspection.Inspected inspected) {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(inspected.snapshot());
    }
    if (inspection instanceof FirewallInspection.NotApplicable na) {
      return null;
    }
    throw new IOException(((FirewallInspection.Failed) inspection).reason());
  }

  private static String firewallSummary(FirewallReader reader, List<Integer> ports)
      throws IOException {
    FirewallInspection inspection = reader.read(ports);
    if (!(inspection instanceof FirewallInspection.Inspected inspected)) {
      return inspection instanceof FirewallInspection.NotApplicable na
          ? null
          : "firewall not read: " + ((FirewallInspection.Failed) inspection).reason();
    }
    Evaluation e =
        new FirewallEvaluator().evaluate(inspected.snapshot(), ports, Map.of(), "100.64.0.1", null);
    StringBuilder text = new StringBuilder();
    text.append("Tailscale adapter: ")
        .append(
            e.adapter().found()
                ? e.adapter().alias() + " (" + e.adapter().category() + ")"
                : "not found")
        .append('\n');
    for (Verdict v : e.ports()) {
      text.append(v.traffic())
          .append(": ")
          .append(v.reason())
          .append(" - ")
          .append(v.explanation())
          .append('\n');
    }
    text.append(e.ping().traffic())
        .append(": ")
        .append(e.ping().reason())
        .append(" - ")
        .append(e.ping().explanation())
        .append('\n');
    e.snapshotErrors().forEach(err -> text.append("not read: ").append(err).append('\n'));
    return text.toString();
  }
}
