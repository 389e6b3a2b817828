package com.maemuki.bridgelink.service.analyze;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.Severity;
import com.maemuki.bridgelink.tailscale.model.NetcheckReport;
import com.maemuki.bridgelink.tailscale.model.PingSummary;
import com.maemuki.bridgelink.tailscale.model.Status;
import java.time.Instant;
import java.util.List;

/**
 * The outcome of {@code analyze}: what each input was, what they say together and the findings.
 *
 * @param now the time the checks were evaluated at
 * @param status the combined status (null when no input said anything about the machine)
 * @param pings one summary per ping target
 * @param netcheck the last netcheck report, or null
 * @param findings in {@link com.maemuki.bridgelink.service.check.Checks#ORDER}
 * @param bundle what a Bridge Link diagnostics bundle among the inputs said (the user's snapshot,
 *     findings, configured peers, manifest), or null when there was none
 * @param watched the peers the checks watched: {@code --peer}, else the bundle's configured peers
 */
public record AnalysisReport(
    Instant now,
    List<Input> inputs,
    Status status,
    List<PingSummary> pings,
    NetcheckReport netcheck,
    List<Finding> findings,
    BundleView bundle,
    List<String> watched) {

  /** Exit status: an input could not be read. */
  public static final int EXIT_UNREADABLE = 3;

  /** Exit status: a critical finding. */
  public static final int EXIT_CRITICAL = 2;

  /** Exit status: a warning. */
  public static final int EXIT_WARNING = 1;

  /** Exit status: nothing worse than information. */
  public static final int EXIT_OK = 0;

  /**
   * One input as the report lists it.
   *
   * @param error why it could not be read or recognised, else null
   * @param fatal whether the error counts for the exit status (zip entries that are not captures,
   *     such as logs in a bundle, do not)
   */
  public record Input(String file, InputKind kind, String error, boolean fatal) {}

  public AnalysisReport {
    inputs = List.copyOf(inputs);
    pings = List.copyOf(pings);
    findings = List.copyOf(findings);
    watched = watched == null ? List.of() : List.copyOf(watched);
  }

  /** A report without a bundle. */
  public AnalysisReport(
      Instant now,
      List<Input> inputs,
      Status status,
      List<PingSummary> pings,
      NetcheckReport netcheck,
      List<Finding> findings) {
    this(now, inputs, status, pings, netcheck, findings, null, List.of());
  }

  /**
   * True when inputs were given and not one of them could be read or recognised: then "no findings"
   * would be a lie by omission.
   */
  public boolean nothingRead() {
    return !inputs.isEmpty() && inputs.stream().allMatch(i -> i.error() != null);
  }

  /**
   * 3 when an input could not be read, else 2 for a critical finding, 1 for a warning, else 0. A
   * bundle's own findings (what the user saw) count as well as the ones found here.
   */
  public int exitStatus() {
    if (inputs.stream().anyMatch(Input::fatal)) {
      return EXIT_UNREADABLE;
    }
    Severity worst = Severity.OK;
    for (Finding f : findings) {
      worst = f.severity().atLeast(worst) ? f.severity() : worst;
    }
    if (bundle != null) {
      for (BundleView.SeenFinding f : bundle.findings()) {
        for (Severity seen : Severity.values()) {
          if (seen.wireName().equals(f.severity()) && seen.atLeast(worst)) {
            worst = seen;
          }
        }
      }
    }
    return worst == Severity.CRITICAL
        ? EXIT_CRITICAL
        : worst == Severity.WARNING ? EXIT_WARNING : EXIT_OK;
  }
}
