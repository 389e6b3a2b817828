package com.maemuki.bridgelink.service.daemon;

import com.maemuki.bridgelink.service.check.Check;
import com.maemuki.bridgelink.service.check.CheckSettings;
import com.maemuki.bridgelink.service.check.Checks;
import com.maemuki.bridgelink.service.check.LiveObservations;
import com.maemuki.bridgelink.service.check.Observations;
import com.maemuki.bridgelink.service.check.live.LiveChecks;
import com.maemuki.bridgelink.service.config.BridgeLinkConfig;
import com.maemuki.bridgelink.service.config.PeerConfig;
import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.monitor.Evaluator;
import com.maemuki.bridgelink.service.monitor.PeerState;
import com.maemuki.bridgelink.service.monitor.PeerView;
import com.maemuki.bridgelink.service.monitor.ProbeView;
import com.maemuki.bridgelink.service.monitor.SelfView;
import com.maemuki.bridgelink.service.monitor.SourceReadings;
import com.maemuki.bridgelink.service.monitor.sources.ConfigSource;
import com.maemuki.bridgelink.service.monitor.sources.DaemonSource;
import com.maemuki.bridgelink.service.monitor.sources.DnsSource;
import com.maemuki.bridgelink.service.monitor.sources.FirewallSource;
import com.maemuki.bridgelink.service.monitor.sources.LocalPortSource;
import com.maemuki.bridgelink.service.monitor.sources.PrefsSource;
import com.maemuki.bridgelink.service.monitor.sources.ProbeSource;
import com.maemuki.bridgelink.service.monitor.sources.ProfileSource;
import com.maemuki.bridgelink.service.monitor.sources.StatusSource;
import com.maemuki.bridgelink.service.observation.ConfigReading;
import com.maemuki.bridgelink.service.observation.DaemonReading;
import com.maemuki.bridgelink.service.observation.DnsReading;
import com.maemuki.bridgelink.service.observation.FirewallReading;
import com.maemuki.bridgelink.service.observation.LocalPortReading;
import com.maemuki.bridgelink.service.observation.PeerProbes;
import com.maemuki.bridgelink.service.observation.ProbeReading;
import com.maemuki.bridgelink.service.observation.ProfileReading;
import com.maemuki.bridgelink.service.probe.TcpProbeResult;
import com.maemuki.bridgelink.tailscale.model.PeerStatus;
import com.maemuki.bridgelink.tailscale.model.Prefs;
import com.maemuki.bridgelink.tailscale.model.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Evaluates the live readings with every check: the Tailscale checks of {@code service.check} over
 * status and prefs, and the live checks over probes, daemon state, DNS, config and source health. A
 * status poll that currently fails contributes nothing (its last good reading would be stale and
 * the daemon finding explains the gap). Subjects are the configured peer names.
 */
public final class CheckEvaluator implements Evaluator {

  static final List<String> LOCAL_API_SOURCES =
      List.of(StatusSource.NAME, PrefsSource.NAME, DaemonSource.NAME, ProfileSource.NAME);

  private final Supplier<BridgeLinkConfig> config;

  public CheckEvaluator(Supplier<BridgeLinkConfig> config) {
    this.config = config;
  }

  @Override
  public Evaluation evaluate(SourceReadings readings, Instant now) {
    BridgeLinkConfig cfg = config.get();
    Status status =
        readings.error(StatusSource.NAME) == null
            ? readings.reading(StatusSource.NAME, Status.class)
            : null;
    Prefs prefs =
        readings.error(PrefsSource.NAME) == null
            ? readings.reading(PrefsSource.NAME, Prefs.class)
            : null;
    Map<String, PeerStatus> matched = new HashMap<>();
    for (PeerConfig peer : cfg.peers()) {
      PeerStatus match = PeerTargets.match(status, peer);
      if (match != null) {
        matched.put(peer.name(), match);
      }
    }
    ProbeReading probes = readings.reading(ProbeSource.NAME, ProbeReading.class);
    LiveObservations live =
        new LiveObservations(
            readings.reading(DaemonSource.NAME, DaemonReading.class),
            readings.failure(StatusSource.NAME),
            matched,
            probes,
            readings.reading(LocalPortSource.NAME, LocalPortReading.class),
            readings.reading(DnsSource.NAME, DnsReading.class),
            readings.reading(ConfigSource.NAME, ConfigReading.class),
            readings.reading(FirewallSource.NAME, FirewallReading.class),
            readings,
            LOCAL_API_SOURCES,
            readings.reading(ProfileSource.NAME, ProfileReading.class));
    Observations observations =
        Observations.builder(now)
            .status(status)
            .prefs(prefs)
            .watchPeers(cfg.peers().stream().map(PeerConfig::host).toList())
            .live(live)
            .build();
    CheckSettings settings = new CheckSettings(Duration.ofDays(cfg.keyExpiryWarningDays()));
    List<Check> checks = new ArrayList<>(Checks.tailscaleChecks(settings));
    checks.addAll(LiveChecks.all());
    List<Finding> findings = new ArrayList<>();
    for (Finding f : Checks.evaluate(checks, observations)) {
      findings.add(renameSubject(f, cfg));
    }
    findings.sort(Checks.ORDER);
    ProfileReading profile = live.profile();
    return new Evaluation(
        findings,
        self(status, profile == null ? null : profile.ownerSid()),
        peers(cfg, status, matched, probes));
  }

  /** Tailscale checks name peers by the spec they were given (the host): show the config name. */
  private static Finding renameSubject(Finding f, BridgeLinkConfig cfg) {
    if (f.subject() == null) {
      return f;
    }
    for (PeerConfig peer : cfg.peers()) {
      if (peer.host().equals(f.subject()) && !peer.name().equals(f.subject())) {
        return new Finding(f.code(), f.severity(), peer.name(), f.detail());
      }
    }
    return f;
  }

  private static SelfView self(Status status, String profileOwnerSid) {
    if (status == null) {
      return SelfView.unknown();
    }
    PeerStatus self = status.self();
    return new SelfView(
        self.hostName(),
        self.dnsName().isEmpty() ? null : self.dnsName(),
        status.ips(),
        status.backendState(),
        self.keyExpiry() == null ? null : self.keyExpiry().toString(),
        status.magicDnsEnabled(),
        status.dnsSuffix().isEmpty() ? null : status.dnsSuffix(),
        profileOwnerSid);
  }

  private static List<PeerView> peers(
      BridgeLinkConfig cfg, Status status, Map<String, PeerStatus> matched, ProbeReading probes) {
    List<PeerView> views = new ArrayList<>();
    for (PeerConfig peer : cfg.peers()) {
      PeerStatus ps = matched.get(peer.name());
      PeerProbes round = probes == null ? null : probes.peer(peer.name());
      List<ProbeView> probeViews = new ArrayList<>();
      if (round != null) {
        for (TcpProbeResult r : round.ports()) {
          probeViews.add(new ProbeView(r.port(), r.ok(), r.latencyMs(), r.error()));
        }
      }
      PeerState state = PeerState.of(status, ps, round);
      boolean judged = state != PeerState.UNKNOWN && state != PeerState.NOT_SHARED;
      views.add(
          new PeerView(
              peer.name(),
              peer.host(),
              ps == null || ps.dnsName().isEmpty() ? null : ps.dnsName(),
              ps == null ? List.of() : ps.tailscaleIps(),
              state.online(),
              state.wireName(),
              ps == null || !judged ? "unknown" : ps.path().wireName(),
              ps == null || ps.relay().isEmpty() ? null : ps.relay(),
              round == null ? null : round.bestLatencyMs(),
              round == null || round.ports().isEmpty() ? null : probes.time(),
              probeViews,
              ps == null ? null : ps.lastSeen(),
              ps == null ? null : ps.keyExpiry()));
    }
    return views;
  }
}
