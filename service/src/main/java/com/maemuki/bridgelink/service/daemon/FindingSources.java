package com.maemuki.bridgelink.service.daemon;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.monitor.sources.ConfigSource;
import com.maemuki.bridgelink.service.monitor.sources.DaemonSource;
import com.maemuki.bridgelink.service.monitor.sources.DnsSource;
import com.maemuki.bridgelink.service.monitor.sources.FirewallSource;
import com.maemuki.bridgelink.service.monitor.sources.LocalPortSource;
import com.maemuki.bridgelink.service.monitor.sources.PrefsSource;
import com.maemuki.bridgelink.service.monitor.sources.ProbeSource;
import com.maemuki.bridgelink.service.monitor.sources.ProfileSource;
import com.maemuki.bridgelink.service.monitor.sources.StatusSource;
import java.util.List;

/**
 * Which sources each finding's data comes from: flap damping counts a sighting only when one of
 * them ran again, and a finding awaiting confirmation re-runs them after the confirm delay.
 */
final class FindingSources {

  private FindingSources() {}

  static List<String> of(Finding finding) {
    return switch (finding.code()) {
      case DAEMON_NOT_INSTALLED, DAEMON_STOPPED, DAEMON_UNRESPONSIVE, DAEMON_STARTING ->
          List.of(DaemonSource.NAME, StatusSource.NAME);
      case PEER_OFFLINE -> List.of(StatusSource.NAME, ProbeSource.NAME);
      case DNS_NOT_ACCEPTED, UNATTENDED_OFF -> List.of(PrefsSource.NAME);
      case EMPTY_PROFILE -> List.of(StatusSource.NAME, PrefsSource.NAME, ProfileSource.NAME);
      case PEER_PORT_UNREACHABLE, PEER_PORT_CLOSED -> List.of(ProbeSource.NAME);
      case LOCAL_PORT_NOT_LISTENING -> List.of(LocalPortSource.NAME);
      case LOCAL_PORT_BLOCKED, ICMP_BLOCKED, ADAPTER_PUBLIC_PROFILE -> List.of(FirewallSource.NAME);
      case PEER_NAME_UNRESOLVED -> List.of(DnsSource.NAME);
      case CONFIG_INVALID -> List.of(ConfigSource.NAME);
      case SOURCE_UNAVAILABLE -> List.of(finding.subject() == null ? "" : finding.subject());
      default -> List.of(StatusSource.NAME);
    };
  }
}
