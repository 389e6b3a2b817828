package com.maemuki.bridgelink.service.cli;

import com.maemuki.bridgelink.service.analyze.AnalysisReport;
import com.maemuki.bridgelink.service.analyze.JsonReport;
import com.maemuki.bridgelink.service.cli.status.SnapshotText;
import com.maemuki.bridgelink.service.daemon.DoctorCycle;
import com.maemuki.bridgelink.service.logging.LogFiles;
import com.maemuki.bridgelink.service.monitor.SnapshotJson;
import com.maemuki.bridgelink.service.observation.PeerProbes;
import com.maemuki.bridgelink.service.probe.TcpProbeResult;
import java.io.PrintStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code bridge-link doctor}: one full live cycle (LocalAPI, service manager, probes, DNS, config)
 * and a report, with the exit status of {@code analyze} (0 ok, 1 warning, 2 critical). {@code
 * --json} prints {@code analyze --json}'s keys plus {@code probes}.
 */
@Command(
    name = "doctor",
    mixinStandardHelpOptions = true,
    description = {
      "Check this machine's Tailscale link once, live: tailscaled, the peers and their ports,",
      "the local ports, DNS and the configuration; print findings with remedies."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:nothing worse than information",
      "1:a warning",
      "2:a critical finding",
      "64:bad command line",
    })
public final class DoctorCommand implements Callable<Integer> {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Mixin MonitorOptions options = new MonitorOptions();

  @Option(names = "--json", description = "Print one JSON document instead of the report.")
  boolean json;

  @Override
  public Integer call() {
    LogFiles.quietConsole();
    DoctorCycle.Result result = DoctorCycle.run(options.toDaemonOptions());
    AnalysisReport report =
        new AnalysisReport(
            result.now(), List.of(), result.status(), List.of(), null, result.findings());
    PrintStream out = System.out;
    if (json) {
      ObjectNode root = (ObjectNode) JSON.readTree(JsonReport.render(report));
      ArrayNode probes = root.putArray("probes");
      for (PeerProbes peer :
          result.probes() == null ? List.<PeerProbes>of() : result.probes().peers()) {
        for (TcpProbeResult r : peer.ports()) {
          ObjectNode n = probes.addObject();
          n.put("peer", peer.peer());
          n.put("port", r.port());
          n.put("ok", r.ok());
          n.put("latencyMs", Math.round(r.latencyMs() * 100) / 100.0);
          n.put("error", r.error());
        }
      }
      out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    } else {
      out.println("Bridge Link doctor (one live check)");
      out.print(
          SnapshotText.render(SnapshotJson.snapshot(result.snapshot()), ZoneId.systemDefault()));
      if (result.probes() != null && !result.probes().peers().isEmpty()) {
        out.println();
        out.println("PROBES");
        for (PeerProbes peer : result.probes().peers()) {
          if (peer.ip() == null) {
            out.println("  " + peer.peer() + ": not found in the tailnet, not probed");
          }
          for (TcpProbeResult r : peer.ports()) {
            out.println(
                String.format(
                    Locale.ROOT,
                    "  %s %s:%d %s %.1f ms",
                    peer.peer(),
                    r.address(),
                    r.port(),
                    r.ok() ? "ok" : r.error(),
                    r.latencyMs()));
          }
        }
      }
    }
    out.flush();
    return report.exitStatus();
  }
}
