package com.maemuki.bridgelink.service.check;

import com.maemuki.bridgelink.service.monitor.SourceReadings;
import com.maemuki.bridgelink.service.observation.ConfigReading;
import com.maemuki.bridgelink.service.observation.DaemonReading;
import com.maemuki.bridgelink.service.observation.DnsReading;
import com.maemuki.bridgelink.service.observation.FirewallReading;
import com.maemuki.bridgelink.service.observation.LocalPortReading;
import com.maemuki.bridgelink.service.observation.ProbeReading;
import com.maemuki.bridgelink.service.observation.ProfileReading;
import com.maemuki.bridgelink.tailscale.model.PeerStatus;
import java.util.List;
import java.util.Map;

/**
 * What only the live monitor observes (not in captured files): the checks of {@code
 * service.check.live} read it from {@link Observations#live()}. Every reading may be null (not
 * taken yet).
 *
 * @param daemon the service manager's view and a short LocalAPI request
 * @param statusFailure the status poll's last failure, or null when it answered
 * @param matchedPeers configured peer name → its entry in the current status (absent: not matched)
 * @param firewall the firewall evaluation (Windows; null elsewhere or not read yet)
 * @param sources every source's state (for {@code source-unavailable})
 * @param localApiSources the sources that talk to the LocalAPI
 * @param profile tailscaled's current login profile ({@code profiles/current})
 */
public record LiveObservations(
    DaemonReading daemon,
    Throwable statusFailure,
    Map<String, PeerStatus> matchedPeers,
    ProbeReading probes,
    LocalPortReading localPorts,
    DnsReading dns,
    ConfigReading config,
    FirewallReading firewall,
    SourceReadings sources,
    List<String> localApiSources,
    ProfileReading profile) {

  public LiveObservations {
    matchedPeers = matchedPeers == null ? Map.of() : Map.copyOf(matchedPeers);
    localApiSources = localApiSources == null ? List.of() : List.copyOf(localApiSources);
  }

  public LiveObservations(
      DaemonReading daemon,
      Throwable statusFailure,
      Map<String, PeerStatus> matchedPeers,
      ProbeReading probes,
      LocalPortReading localPorts,
      DnsReading dns,
      ConfigReading config,
      FirewallReading firewall,
      SourceReadings sources,
      List<String> localApiSources) {
    this(
        daemon,
        statusFailure,
        matchedPeers,
        probes,
        localPorts,
        dns,
        config,
        firewall,
        sources,
        localApiSources,
        null);
  }
}
