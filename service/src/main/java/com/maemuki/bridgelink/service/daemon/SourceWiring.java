package com.maemuki.bridgelink.service.daemon;

import com.maemuki.bridgelink.service.config.BridgeLinkConfig;
import com.maemuki.bridgelink.service.config.ConfigManager;
import com.maemuki.bridgelink.service.config.PeerConfig;
import com.maemuki.bridgelink.service.monitor.Source;
import com.maemuki.bridgelink.service.monitor.SourceReadings;
import com.maemuki.bridgelink.service.monitor.sources.ConfigSource;
import com.maemuki.bridgelink.service.monitor.sources.DaemonSource;
import com.maemuki.bridgelink.service.monitor.sources.DnsSource;
import com.maemuki.bridgelink.service.monitor.sources.FirewallSource;
import com.maemuki.bridgelink.service.monitor.sources.LocalApiPinger;
import com.maemuki.bridgelink.service.monitor.sources.LocalPortSource;
import com.maemuki.bridgelink.service.monitor.sources.MagicDnsAccess;
import com.maemuki.bridgelink.service.monitor.sources.PrefsSource;
import com.maemuki.bridgelink.service.monitor.sources.ProbeSource;
import com.maemuki.bridgelink.service.monitor.sources.ProbeTarget;
import com.maemuki.bridgelink.service.monitor.sources.ProfileSource;
import com.maemuki.bridgelink.service.monitor.sources.StatusSource;
import com.maemuki.bridgelink.service.observation.LocalPortReading;
import com.maemuki.bridgelink.service.platform.DaemonControl;
import com.maemuki.bridgelink.service.platform.FirewallReader;
import com.maemuki.bridgelink.tailscale.model.Status;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Builds the monitor's sources for a configuration. Probes and DNS need the peers' Tailscale IPs,
 * which come from the latest status reading: {@code readings} supplies it (the running monitor's,
 * or a one-shot cycle's).
 */
final class SourceWiring implements AutoCloseable {

  final List<Source> sources = new ArrayList<>();
  private final ProbeSource probes;

  SourceWiring(
      ConfigManager configs,
      DaemonControl daemonControl,
      FirewallReader firewallReader,
      Supplier<SourceReadings> readings,
      Clock clock) {
    Supplier<BridgeLinkConfig> config = configs::current;
    LocalApiClients clients = new LocalApiClients(config);
    Supplier<List<ProbeTarget>> targets =
        () -> PeerTargets.of(config.get().peers(), latestStatus(readings.get()));
    sources.add(new ConfigSource(configs));
    sources.add(
        new StatusSource(
            clients,
            () -> config.get().intervals().status(),
            () -> config.get().deadlines().localApi()));
    sources.add(
        new PrefsSource(
            clients,
            () -> config.get().intervals().status(),
            () -> config.get().deadlines().localApi(),
            () -> latestStatus(readings.get()),
            () -> config.get().intervals().prefs(),
            clock));
    sources.add(
        new ProfileSource(
            clients,
            () -> config.get().intervals().status(),
            () -> config.get().deadlines().localApi(),
            () -> {
              Status s = latestStatus(readings.get());
              return s == null ? null : s.backendState();
            },
            clock));
    sources.add(
        new DaemonSource(
            daemonControl,
            clients,
            clients::customAddress,
            () -> config.get().intervals().daemon(),
            () -> config.get().deadlines().localApi(),
            () ->
                statusAnswered(
                    readings.get(), clock.instant(), config.get().intervals().daemon())));
    probes =
        new ProbeSource(
            targets,
            () -> config.get().intervals().probes(),
            () -> config.get().deadlines(),
            new LocalApiPinger(clients),
            clock);
    sources.add(probes);
    sources.add(
        new LocalPortSource(
            () -> selfIp(latestStatus(readings.get())),
            () -> localPorts(config.get()),
            () -> config.get().intervals().probes(),
            () -> config.get().deadlines(),
            clock));
    sources.add(
        new FirewallSource(
            firewallReader,
            () -> localPorts(config.get()),
            () -> firewallPeerIp(config.get(), latestStatus(readings.get())),
            () -> selfIp(latestStatus(readings.get())),
            () -> listening(readings.get()),
            () -> FIREWALL_INTERVAL));
    sources.add(
        new DnsSource(
            targets,
            () -> config.get().dns(),
            () -> config.get().intervals().dns(),
            () -> config.get().deadlines().dns(),
            () -> MagicDnsAccess.of(latestStatus(readings.get()))));
  }

  /** What to run at once when a source starts or stops failing. */
  static Map<String, List<String>> dependents() {
    List<String> peerSide = List.of(ProbeSource.NAME, LocalPortSource.NAME, DnsSource.NAME);
    List<String> fromDaemon = new ArrayList<>(List.of(StatusSource.NAME, PrefsSource.NAME));
    fromDaemon.addAll(peerSide);
    List<String> fromStatus = new ArrayList<>(List.of(DaemonSource.NAME, PrefsSource.NAME));
    fromStatus.addAll(peerSide);
    return Map.of(
        DaemonSource.NAME,
        fromDaemon,
        StatusSource.NAME,
        fromStatus,
        PrefsSource.NAME,
        List.of(StatusSource.NAME, DaemonSource.NAME));
  }

  /** The firewall safety poll; policy change notifications trigger it sooner. */
  static final java.time.Duration FIREWALL_INTERVAL = java.time.Duration.ofMinutes(5);

  static java.util.Map<Integer, Boolean> listening(SourceReadings readings) {
    java.util.Map<Integer, Boolean> out = new java.util.HashMap<>();
    LocalPortReading local =
        readings == null ? null : readings.reading(LocalPortSource.NAME, LocalPortReading.class);
    if (local != null) {
      local.ports().forEach(p -> out.put(p.port(), p.ok()));
    }
    return out;
  }

  /** The Tailscale IP of the first configured peer with inbound ports, to evaluate rules for. */
  static String firewallPeerIp(BridgeLinkConfig config, Status status) {
    for (PeerConfig peer : config.peers()) {
      var match = PeerTargets.match(status, peer);
      if (!peer.localPorts().isEmpty() && match != null && match.firstIp() != null) {
        return match.firstIp();
      }
    }
    return null;
  }

  /**
   * True when the status poll's latest run answered within {@code window}: the LocalAPI is up, so
   * the daemon source need not ask again.
   */
  static boolean statusAnswered(
      SourceReadings readings, java.time.Instant now, java.time.Duration window) {
    SourceReadings.Entry status = readings == null ? null : readings.entry(StatusSource.NAME);
    return status != null
        && status.error() == null
        && status.readingTime() != null
        && !status.readingTime().plus(window).isBefore(now);
  }

  static Status latestStatus(SourceReadings readings) {
    return readings == null ? null : readings.reading(StatusSource.NAME, Status.class);
  }

  static String selfIp(Status status) {
    if (status == null || status.ips().isEmpty()) {
      return null;
    }
    return status.ips().get(0);
  }

  static List<Integer> localPorts(BridgeLinkConfig config) {
    Set<Integer> ports = new LinkedHashSet<>();
    for (PeerConfig peer : config.peers()) {
      ports.addAll(peer.localPorts());
    }
    return List.copyOf(ports);
  }

  @Override
  public void close() {
    probes.close();
  }
}
