package com.maemuki.bridgelink.service.check.live;

import com.maemuki.bridgelink.service.check.Check;
import com.maemuki.bridgelink.service.check.Observations;
import com.maemuki.bridgelink.service.config.ConfigProblem;
import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.service.observation.ConfigReading;
import java.util.List;

/** {@code config-invalid}: names every bad field (the last good configuration stays in use). */
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
    return List.of(Finding.of(FindingCode.CONFIG_INVALID, null, detail.toString()));
  }
}
