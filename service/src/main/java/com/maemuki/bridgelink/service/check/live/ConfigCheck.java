package com.maemuki.bridgelink.service.check.live;

import com.maemuki.bridgelink.service.check.Check;
import com.maemuki.bridgelink.service.check.Observations;
import com.maemuki.bridgelink.service.config.ConfigProblem;
import com.maemuki.bridgelink.service.config.ConfigProblem.Kind;
import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCase;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.service.finding.Severity;
import com.maemuki.bridgelink.service.observation.ConfigReading;
import java.util.List;

/**
 * {@code config-invalid}: names every bad field. Critical when there is no good configuration to
 * fall back to (the defaults watch no peers: the machine is effectively unmonitored), a warning
 * when the last good one stays in use or when only unknown keys were ignored. The remedy fits the
 * worst problem: a missing file, an unreadable one, or wrong contents.
 */
public final class ConfigCheck implements Check {

  @Override
  public String name() {
    return "config";
  }

  @Override
  public List<Finding> evaluate(Observations o) {
    if (o.live() == null) {
      return List.of();
    }
    return check(o.live().config());
  }

  private static final int SHOWN = 5;

  public List<Finding> check(ConfigReading reading) {
    if (reading == null || reading.problems().isEmpty()) {
      return List.of();
    }
    List<ConfigProblem> problems = reading.problems();
    StringBuilder detail = new StringBuilder();
    if (reading.file() != null) {
      detail.append(reading.file()).append(": ");
    }
    for (int i = 0; i < Math.min(SHOWN, problems.size()); i++) {
      detail.append(i == 0 ? "" : "; ").append(problems.get(i));
    }
    if (problems.size() > SHOWN) {
      detail.append("; and ").append(problems.size() - SHOWN).append(" more");
    }
    boolean refused = problems.stream().anyMatch(ConfigProblem::refusesFile);
    Severity severity =
        refused && reading.noGoodConfiguration()
            ? FindingCase.CONFIG_UNUSABLE.severity()
            : FindingCode.CONFIG_INVALID.severity();
    return List.of(
        new Finding(
            FindingCode.CONFIG_INVALID,
            severity,
            null,
            detail.toString(),
            remedy(problems, reading.noGoodConfiguration())));
  }

  /**
   * The catalog's remedy for the worst problem: a missing file, an unreadable one, bad contents.
   */
  static String remedy(List<ConfigProblem> problems, boolean noFallback) {
    FindingCase worst =
        has(problems, Kind.MISSING)
            ? FindingCase.CONFIG_FILE_MISSING
            : has(problems, Kind.UNREADABLE)
                ? FindingCase.CONFIG_FILE_UNREADABLE
                : has(problems, Kind.INVALID) ? FindingCase.CONFIG_VALUE_INVALID : null;
    return worst == null
        ? FindingCase.CONFIG_KEY_UNKNOWN.remedy()
        : worst.remedy() + FindingCase.untilCorrected(noFallback);
  }

  private static boolean has(List<ConfigProblem> problems, Kind kind) {
    return problems.stream().anyMatch(p -> p.kind() == kind);
  }
}
