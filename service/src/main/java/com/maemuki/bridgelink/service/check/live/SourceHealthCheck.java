package com.maemuki.bridgelink.service.check.live;

import com.maemuki.bridgelink.service.check.Check;
import com.maemuki.bridgelink.service.check.Observations;
import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.service.monitor.SourceReadings;
import com.maemuki.bridgelink.tailscale.localapi.DaemonUnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code source-unavailable}: a source whose last run failed, with the cause. LocalAPI failures
 * already explained by a daemon finding are not repeated.
 */
public final class SourceHealthCheck implements Check {

  @Override
  public String name() {
    return "source-health";
  }

  @Override
  public List<Finding> evaluate(Observations o) {
    if (o.live() == null || o.live().sources() == null) {
      return List.of();
    }
    boolean daemonExplained = !new DaemonCheck().evaluate(o).isEmpty();
    return check(o.live().sources(), daemonExplained, o.live().localApiSources());
  }

  /**
   * @param daemonExplained true when a daemon-* finding already covers LocalAPI failures
   * @param localApiSources the sources that talk to the LocalAPI
   */
  public List<Finding> check(
      SourceReadings readings, boolean daemonExplained, List<String> localApiSources) {
    List<Finding> findings = new ArrayList<>();
    Map<String, SourceReadings.Entry> sorted = new TreeMap<>(readings.entries());
    sorted.forEach(
        (name, entry) -> {
          if (entry.error() == null) {
            return;
          }
          boolean daemonLevel = entry.failure() instanceof DaemonUnavailableException;
          if ((daemonExplained || daemonLevel) && localApiSources.contains(name)) {
            return; // the daemon check names it (a gone socket fails every LocalAPI source)
          }
          findings.add(
              Finding.of(
                  FindingCode.SOURCE_UNAVAILABLE,
                  name,
                  "The " + name + " source failed: " + entry.error()));
        });
    return findings;
  }
}
