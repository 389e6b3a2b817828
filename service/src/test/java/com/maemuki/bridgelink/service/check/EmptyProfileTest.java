package com.maemuki.bridgelink.service.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.service.monitor.sources.ProfileSource;
import com.maemuki.bridgelink.service.observation.ProfileReading;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiClient;
import com.maemuki.bridgelink.tailscale.localapi.UnixSocketDialer;
import com.maemuki.bridgelink.tailscale.parse.PrefsJsonParser;
import com.maemuki.bridgelink.tailscale.parse.StatusJsonParser;
import com.maemuki.bridgelink.testkit.localapi.LocalApiSimulator;
import com.maemuki.bridgelink.testkit.localapi.SimProfiles;
import com.maemuki.bridgelink.testkit.localapi.SimulatedTailnet;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 point 8: Windows' empty profile (nobody signed in, Run Unattended off: {@code
 * ipn/ipnlocal/local.go resolveBestProfileLocked} switches to it when the last user's request ends;
 * {@code profiles/current} has ID "") is not an expired login. Linux tailscaled has no such
 * profile, so the simulator plays it, as tailscale's source describes.
 */
class EmptyProfileTest {

  @TempDir Path dir;
  private SimulatedTailnet tailnet;
  private LocalApiSimulator sim;
  private LocalApiClient client;
  private final AtomicReference<String> state = new AtomicReference<>("Running");
  private ProfileSource profiles;

  @BeforeEach
  void start() throws Exception {
    tailnet = new SimulatedTailnet("bridge-pc", "100.64.0.10");
    sim = LocalApiSimulator.start(dir.resolve("ts.sock"), tailnet);
    client = new LocalApiClient(new UnixSocketDialer(sim.socketPath()));
    profiles =
        new ProfileSource(
            () -> client,
            () -> Duration.ofSeconds(2),
            () -> Duration.ofSeconds(1),
            state::get,
            Clock.systemUTC());
  }

  @AfterEach
  void stop() throws Exception {
    sim.close();
  }

  private List<Finding> findings() throws Exception {
    var status = StatusJsonParser.parse(client.status());
    state.set(status.backendState());
    ProfileReading profile = (ProfileReading) profiles.collect();
    Observations o =
        Observations.builder(Instant.now())
            .status(status)
            .prefs(PrefsJsonParser.parse(client.prefs()))
            .live(
                new LiveObservations(
                    null, null, null, null, null, null, null, null, null, null, profile))
            .build();
    return Checks.evaluate(Checks.tailscaleChecks(new CheckSettings(Duration.ofDays(14))), o);
  }

  @Test
  void theEmptyProfileNamesItsCauseAndOffersNoReauthentication() throws Exception {
    assertThat(findings()).isEmpty();
    ProfileReading owned = (ProfileReading) profiles.collect();
    assertThat(owned.ownerSid()).isEqualTo(SimProfiles.OWNER.ownerSid());

    tailnet.profiles().switchToEmpty();
    List<Finding> empty = findings();
    assertThat(empty).extracting(Finding::code).contains(FindingCode.EMPTY_PROFILE);
    assertThat(empty)
        .extracting(Finding::code)
        .doesNotContain(FindingCode.NEEDS_LOGIN, FindingCode.UNATTENDED_OFF);
    Finding finding =
        empty.stream().filter(f -> f.code() == FindingCode.EMPTY_PROFILE).findFirst().orElseThrow();
    assertThat(FindingCode.EMPTY_PROFILE.repair()).isNull(); // never re-authentication here
    assertThat(finding.detail())
        .contains("Run Unattended is off")
        .contains(SimProfiles.OWNER.ownerSid());
    assertThat(((ProfileReading) profiles.collect()).ownerSid()).isNull();

    tailnet.profiles().switchTo(SimProfiles.OWNER);
    assertThat(findings()).isEmpty();
  }

  @Test
  void aPlainLogoutIsStillNeedsLogin() throws Exception {
    tailnet.needsLogin();
    assertThat(findings())
        .extracting(Finding::code)
        .contains(FindingCode.NEEDS_LOGIN)
        .doesNotContain(FindingCode.EMPTY_PROFILE);
  }

  @Test
  void theProfileIsAskedOnlyWhenTheBackendStateChanges() throws Exception {
    profiles.collect();
    profiles.collect();
    profiles.collect();
    assertThat(profileRequests()).isEqualTo(1);
    state.set("NeedsLogin");
    profiles.collect();
    assertThat(profileRequests()).isEqualTo(2);
  }

  private long profileRequests() {
    return sim.requests().stream().filter(r -> r.endpoint().equals("profiles/current")).count();
  }

  // Linux tailscaled v1.102.5 after `tailscale logout` on the lab's bridge: profiles/current has ID
  // "" there too, prefs say LoggedOut with no ControlURL — but that is a sign-out, not Windows'
  // nobody-signed-in, so needs-login (with its re-authentication) speaks.
  @Test
  void aLinuxLogoutIsNeedsLoginNotTheWindowsEmptyProfile() throws Exception {
    String real = "real-1.102.5/";
    Observations o =
        Observations.builder(Instant.now())
            .status(
                StatusJsonParser.parse(
                    com.maemuki.bridgelink.testkit.fixtures.Fixtures.text(
                        real + "status_json_logged-out.json")))
            .prefs(
                PrefsJsonParser.parse(
                    com.maemuki.bridgelink.testkit.fixtures.Fixtures.text(
                        real + "localapi_prefs_logged-out.json")))
            .build();
    assertThat(EmptyProfileCheck.onEmptyProfile(o)).isFalse();
    assertThat(new EmptyProfileCheck().evaluate(o)).isEmpty();
    assertThat(new NeedsLoginCheck().evaluate(o))
        .extracting(Finding::code)
        .containsExactly(FindingCode.NEEDS_LOGIN);
  }
}
