package com.maemuki.bridgelink.service.analyze;

import com.maemuki.bridgelink.service.check.CheckSettings;
import com.maemuki.bridgelink.service.check.Checks;
import com.maemuki.bridgelink.service.check.Observations;
import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.tailscale.model.NetcheckReport;
import com.maemuki.bridgelink.tailscale.model.PingAttempt;
import com.maemuki.bridgelink.tailscale.model.PingTranscript;
import com.maemuki.bridgelink.tailscale.model.Prefs;
import com.maemuki.bridgelink.tailscale.model.Status;
import com.maemuki.bridgelink.tailscale.model.StatusText;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns captures into one report. When several inputs describe the machine, the richest wins: a
 * status dump over status text over an IPN bus stream over what a ping transcript says about the
 * backend (among equals, the later file). Pings from all inputs are summed per target; the last
 * netcheck and prefs count.
 */
public final class Analyzer {

  private final CheckSettings settings;

  public Analyzer(CheckSettings settings) {
    this.settings = settings;
  }

  /**
   * Reads, detects and analyses {@code files}, watching {@code peers}, evaluated at {@code now}.
   */
  public AnalysisReport analyze(List<Path> files, List<String> peers, Instant now) {
    List<InputFiles.Loaded> loaded = new ArrayList<>();
    for (Path f : files) {
      loaded.addAll(InputFiles.read(f));
    }
    return analyzeLoaded(loaded, peers, now);
  }

  AnalysisReport analyzeLoaded(List<InputFiles.Loaded> loaded, List<String> peers, Instant now) {
    List<AnalysisReport.Input> inputs = new ArrayList<>();
    Status status = null;
    int statusRank = 0;
    Prefs prefs = null;
    NetcheckReport netcheck = null;
    String daemonError = null;
    List<PingAttempt> pings = new ArrayList<>();
    BundleView bundle = null;
    for (InputFiles.Loaded l : loaded) {
      if (l.error() != null) {
        inputs.add(
            new AnalysisReport.Input(l.name(), InputKind.UNKNOWN, l.error(), !l.fromArchive()));
        continue;
      }
      KindDetector.Detected d = KindDetector.detect(l.name(), l.bytes());
      inputs.add(
          new AnalysisReport.Input(
              l.name(), d.kind(), d.error(), d.kind() == InputKind.UNKNOWN && !l.fromArchive()));
      if (d.capture() == null) {
        continue;
      }
      Status candidate = null;
      int rank = 0;
      Capture c = d.capture();
      if (c instanceof Capture.StatusJson) {
        candidate = ((Capture.StatusJson) c).status();
        rank = 4;
      } else if (c instanceof Capture.StatusTextCapture) {
        StatusText t = ((Capture.StatusTextCapture) c).text();
        daemonError = t.daemonError() != null ? t.daemonError() : daemonError;
        if (t.daemonError() == null || !t.nodes().isEmpty()) {
          candidate = t.toStatus();
          rank = 3;
        }
      } else if (c instanceof Capture.Bus) {
        candidate = ((Capture.Bus) c).snapshot().toStatus();
        rank = 2;
        prefs = ((Capture.Bus) c).prefs() != null ? ((Capture.Bus) c).prefs() : prefs;
      } else if (c instanceof Capture.PingText) {
        PingTranscript t = ((Capture.PingText) c).transcript();
        pings.addAll(t.attempts());
        daemonError = t.daemonError() != null ? t.daemonError() : daemonError;
        if (t.backendState() != null) {
          candidate = Status.ofState(t.backendState(), t.authUrl(), null);
          rank = 1;
        }
      } else if (c instanceof Capture.PingJson) {
        pings.addAll(((Capture.PingJson) c).attempts());
      } else if (c instanceof Capture.PrefsJson) {
        prefs = ((Capture.PrefsJson) c).prefs();
      } else if (c instanceof Capture.Netcheck) {
        netcheck = ((Capture.Netcheck) c).report();
      } else if (c instanceof Capture.BundlePart p) {
        bundle = BundleParts.merge(bundle == null ? BundleView.empty() : bundle, p.view());
      }
      if (candidate != null && rank >= statusRank) {
        status = candidate;
        statusRank = rank;
      }
    }
    if (inputs.stream().noneMatch(i -> i.kind() != InputKind.UNKNOWN) && !loaded.isEmpty()) {
      // a zip with nothing recognisable in it still means the input could not be read
      inputs.replaceAll(i -> new AnalysisReport.Input(i.file(), i.kind(), i.error(), true));
    }
    // Without --peer, watch what the user's own configuration watched: the same findings then.
    List<BundleView.ConfigPeer> configured = bundle == null ? List.of() : bundle.configPeers();
    List<String> watched =
        !peers.isEmpty() ? peers : configured.stream().map(BundleView.ConfigPeer::host).toList();
    Observations o =
        Observations.builder(now)
            .status(status)
            .prefs(prefs)
            .pings(pings)
            .netcheck(netcheck)
            .watchPeers(watched)
            .daemonError(statusRank == 4 ? null : daemonError)
            .build();
    List<Finding> findings = new ArrayList<>();
    for (Finding f : Checks.evaluate(Checks.tailscaleChecks(settings), o)) {
      findings.add(peers.isEmpty() ? configName(f, configured) : f);
    }
    findings.sort(Checks.ORDER);
    return new AnalysisReport(
        now, inputs, status, PingTranscript.summarize(pings), netcheck, findings, bundle, watched);
  }

  /** As the monitor does: a finding about a configured host is named by the peer's name. */
  private static Finding configName(Finding f, List<BundleView.ConfigPeer> configured) {
    for (BundleView.ConfigPeer p : configured) {
      if (p.host().equals(f.subject()) && !p.name().equals(p.host())) {
        return new Finding(f.code(), f.severity(), p.name(), f.detail());
      }
    }
    return f;
  }
}
