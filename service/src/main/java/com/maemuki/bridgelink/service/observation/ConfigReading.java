package com.maemuki.bridgelink.service.observation;

import com.maemuki.bridgelink.service.config.ConfigProblem;
import java.util.List;

/**
 * The reading of the {@code config} source: what is wrong with the configuration now, and whether
 * there is no good configuration to fall back to (then the machine is effectively unwatched).
 */
public record ConfigReading(
    String file, List<ConfigProblem> problems, boolean noGoodConfiguration) {

  public ConfigReading {
    problems = List.copyOf(problems);
  }

  public ConfigReading(String file, List<ConfigProblem> problems) {
    this(file, problems, false);
  }
}
