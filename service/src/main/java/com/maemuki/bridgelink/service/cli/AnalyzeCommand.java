package com.maemuki.bridgelink.service.cli;

import com.maemuki.bridgelink.service.analyze.AnalysisReport;
import com.maemuki.bridgelink.service.analyze.Analyzer;
import com.maemuki.bridgelink.service.analyze.JsonReport;
import com.maemuki.bridgelink.service.analyze.TextReport;
import com.maemuki.bridgelink.service.check.CheckSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bridge-link analyze FILE…}: diagnoses captured Tailscale outputs. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Reads captured Tailscale outputs and reports what they say and what is wrong.",
      "Accepts tailscale status --json / LocalAPI status, tailscale status text, LocalAPI prefs"
          + " and ping JSON, tailscale ping transcripts, tailscale netcheck (text or"
          + " --format=json), watch-ipn-bus NDJSON, and zips of these. Pasted transcripts"
          + " (prompts, timestamps, ^C) are fine."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:nothing worse than information",
      "1:a warning",
      "2:a critical finding",
      "3:an input could not be read (the rest are still analysed)",
      "64:bad command line"
    })
public final class AnalyzeCommand implements Callable<Integer> {

  static final int EXIT_USAGE = UsageErrors.EXIT_USAGE;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Captured outputs to analyse, up to 16 MiB each; - reads standard input.")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--peer",
      paramLabel = "NAME",
      description =
          "Watch this peer (MagicDNS short name, FQDN, host name, Tailscale IP or node ID;"
              + " repeatable): adds peer-offline and peer-not-in-tailnet.")
  List<String> peers = new ArrayList<>();

  @Option(names = "--json", description = "Print one JSON document instead of the text report.")
  boolean json;

  @Option(
      names = "--now",
      paramLabel = "TIME",
      description = "Evaluate as of this ISO-8601 time (default: now), e.g. for key expiry.")
  String now;

  @Option(
      names = "--key-warning-days",
      paramLabel = "DAYS",
      defaultValue = "14",
      description = "Warn this many days before a node key expires (default: ${DEFAULT-VALUE}).")
  int keyWarningDays;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Instant at;
    try {
      at = now == null ? Instant.now() : OffsetDateTime.parse(now).toInstant();
    } catch (DateTimeParseException e) {
      err.println("bridge-link analyze: --now: not an ISO-8601 time with offset: " + now);
      return EXIT_USAGE;
    }
    if (keyWarningDays < 0) {
      err.println("bridge-link analyze: --key-warning-days must not be negative");
      return EXIT_USAGE;
    }
    try {
      Analyzer analyzer = new Analyzer(new CheckSettings(Duration.ofDays(keyWarningDays)));
      AnalysisReport report = analyzer.analyze(files, peers, at);
      out.print(json ? JsonReport.render(report) : TextReport.render(report));
      out.flush();
      for (AnalysisReport.Input i : report.inputs()) {
        if (i.fatal()) {
          err.println("bridge-link analyze: " + i.file() + ": " + i.error());
        }
      }
      err.flush();
      return report.exitStatus();
    } catch (OutOfMemoryError e) {
      // The launchers give analyze the heap 16 MiB inputs need; a JVM started by hand may not.
      err.println(
          "bridge-link analyze: out of memory reading the inputs; run it through the bridge-link"
              + " launcher or give the JVM more heap (-Xmx512m)");
      return AnalysisReport.EXIT_UNREADABLE;
    } catch (RuntimeException e) {
      // A bug, not bad input (inputs never throw): say so in one line, no stack trace.
      err.println("bridge-link analyze: internal error: " + e);
      return AnalysisReport.EXIT_UNREADABLE;
    }
  }
}
