package com.maemuki.bridgelink.service.platform.firewall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FirewallSnapshotParserTest {

  private final FirewallSnapshotParser parser = new FirewallSnapshotParser();

  @Test
  void readsTheScriptsJson() throws Exception {
    FirewallSnapshot s = parser.parse(Fixtures.text("firewall-local-rules-ignored-by-policy.json"));
    assertThat(s.time()).isEqualTo(Instant.parse("2026-11-24T19:00:00Z"));
    assertThat(s.inspectedPorts()).containsExactly(3389, 8080);
    assertThat(s.adapter())
        .isEqualTo(new TailscaleAdapter(true, "Tailscale", NetworkCategory.PRIVATE));
    assertThat(s.profile(ProfileKind.PRIVATE).localRulesApply()).isFalse();
    assertThat(s.profile(ProfileKind.PUBLIC).localRulesApply()).isTrue();
    assertThat(s.profile(ProfileKind.PRIVATE).defaultInboundBlocks()).isTrue();
    FirewallRule tsIn = s.rules().get(0);
    assertThat(tsIn.displayName()).isEqualTo("Tailscale-In");
    assertThat(tsIn.profiles()).containsExactlyInAnyOrder(ProfileKind.DOMAIN, ProfileKind.PRIVATE);
    assertThat(tsIn.localAddresses()).containsExactly("100.64.7.8");
    assertThat(tsIn.isLocal()).isTrue();
    assertThat(s.rules().get(1).isLocal()).isFalse();
  }

  @Test
  void toleratesWindowsPowerShell51Output() throws Exception {
    FirewallSnapshot s = parser.parse(Fixtures.text("firewall-ps51-quirks.json"));
    assertThat(s.inspectedPorts()).containsExactly(3389);
    assertThat(s.adapter().category()).isEqualTo(NetworkCategory.PRIVATE);
    assertThat(s.profile(ProfileKind.PRIVATE).defaultInboundBlocks()).isTrue();
    assertThat(s.rules()).hasSize(1);
    FirewallRule r = s.rules().get(0);
    assertThat(r.inbound()).isTrue();
    assertThat(r.block()).isFalse();
    assertThat(r.enabled()).isTrue();
    assertThat(r.profiles()).containsExactlyInAnyOrder(ProfileKind.DOMAIN, ProfileKind.PRIVATE);
    assertThat(r.localAddresses()).containsExactly("100.64.7.8");
    assertThat(r.program()).isEqualTo("Any");
    assertThat(s.errors()).isEmpty();
    assertThat(new FirewallEvaluator().tcp(s, 3389, true, "100.101.1.2", "100.64.7.8").reason())
        .isEqualTo(Reason.ALLOWED_BY_RULE);
  }

  @Test
  void missingProfilesAreWindowsDefaults() throws Exception {
    FirewallSnapshot s =
        parser.parse("{\"adapter\":{\"found\":true,\"networkCategory\":\"Public\"}}");
    assertThat(s.profile(ProfileKind.PUBLIC))
        .isEqualTo(FirewallProfile.windowsDefault(ProfileKind.PUBLIC));
    assertThat(s.activeProfile().kind()).isEqualTo(ProfileKind.PUBLIC);
    assertThat(s.rules()).isEmpty();
  }

  @Test
  void refusesGarbageWithAPlainReason() {
    assertThatThrownBy(() -> parser.parse("")).hasMessageContaining("printed nothing");
    assertThatThrownBy(() -> parser.parse("Get-NetFirewallRule : Access is denied"))
        .isInstanceOf(FirewallParseException.class)
        .hasMessageContaining("invalid JSON");
    assertThatThrownBy(() -> parser.parse("[1,2]")).hasMessageContaining("not an object");
    assertThatThrownBy(
            () -> parser.parse("{" + " ".repeat(FirewallSnapshotParser.MAX_INPUT_CHARS) + "}"))
        .hasMessageContaining("8 MiB");
  }

  @Test
  void unknownCategoryIsEvaluatedAsPublic() throws Exception {
    FirewallSnapshot s =
        parser.parse("{\"adapter\":{\"found\":true,\"networkCategory\":\"Weird\"}}");
    assertThat(s.adapter().category()).isEqualTo(NetworkCategory.UNKNOWN);
    assertThat(s.activeProfile().kind()).isEqualTo(ProfileKind.PUBLIC);
  }
}
