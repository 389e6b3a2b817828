package com.maemuki.bridgelink.service.finding;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.service.observation.SourceNames;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the catalog declares about a finding beyond its words: sources, resume, named cases. */
class CatalogTest {

  private static final Set<String> SOURCES =
      Set.of(
          SourceNames.CONFIG,
          SourceNames.STATUS,
          SourceNames.PREFS,
          SourceNames.PROFILE,
          SourceNames.DAEMON,
          SourceNames.PROBES,
          SourceNames.LOCAL_PORTS,
          SourceNames.FIREWALL,
          SourceNames.DNS);

  @Test
  void everyEntryNamesOnlyRealSources() {
    for (FindingCode code : FindingCode.values()) {
      assertThat(SOURCES).as(code.code()).containsAll(code.sources());
    }
    assertThat(FindingCode.EMPTY_PROFILE.sources())
        .containsExactly("localapi-status", "localapi-prefs", "localapi-profile");
    assertThat(FindingCode.LOCAL_PORT_BLOCKED.sources()).containsExactly("firewall");
  }

  @Test
  void aSourceUnavailableFindingIsAboutTheSourceItNames() {
    Finding dns = Finding.of(FindingCode.SOURCE_UNAVAILABLE, "dns", "resolver timed out");
    assertThat(dns.sources()).containsExactly("dns");
    assertThat(Finding.of(FindingCode.PEER_OFFLINE, "bridge-peer", "").sources())
        .containsExactly("localapi-status", "probes");
  }

  @Test
  void onlyTheOfflineKindsAreHeldBackAfterAResume() {
    List<String> held =
        Arrays.stream(FindingCode.values())
            .filter(FindingCode::heldBackAfterResume)
            .map(FindingCode::code)
            .toList();
    assertThat(held)
        .containsExactlyInAnyOrder(
            "peer-offline",
            "peer-port-unreachable",
            "peer-not-in-tailnet",
            "peer-not-shared-back",
            "peer-name-unresolved",
            "path-relayed",
            "daemon-unresponsive",
            "source-unavailable");
  }

  @Test
  void aNamedCaseCarriesItsOwnWordsAndWithholdsARepairThatCannotHelp() {
    Finding unknown = FindingCase.NAME_UNKNOWN_TO_MAGICDNS.raise("bridge-peer", "NXDOMAIN");
    assertThat(unknown.code()).isEqualTo(FindingCode.PEER_NAME_UNRESOLVED);
    assertThat(unknown.severity()).isEqualTo(Severity.WARNING);
    assertThat(unknown.remedy()).startsWith("MagicDNS does not know this name");
    assertThat(unknown.repair()).isNull();
    assertThat(unknown.detail()).isEqualTo("NXDOMAIN");

    Finding update = FindingCase.HEALTH_UPDATE_AVAILABLE.raise("update", "An update from version");
    assertThat(update.severity()).isEqualTo(Severity.INFO);
    assertThat(update.remedy()).isEqualTo(FindingCode.TAILSCALE_HEALTH.remedy());
  }
}
