package com.maemuki.bridgelink.service.observation;

import com.maemuki.bridgelink.service.config.ConfigProblem;
import java.util.List;

/** The reading of the {@code config} source: what is wrong with the configuration now. */
public record ConfigReading(String file, List<ConfigProblem> problems) {

  public ConfigReading {
    problems = List.copyOf(problems);
  }
}
