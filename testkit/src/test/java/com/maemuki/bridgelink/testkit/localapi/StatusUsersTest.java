package com.maemuki.bridgelink.testkit.localapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET status?peers=false} and the {@code User} map, as tailscaled fills it: the peers' users
 * are left out, and before v1.100 the self user too ({@code ipn/ipnlocal/local.go
 * updateStatusLocked}, commit 2ba426802, first in v1.100.0). Prefs keep the self user's login
 * ({@code Config.UserProfile.LoginName}) on every version.
 */
class StatusUsersTest {

  @TempDir Path dir;
  private LocalApiSimulator sim;

  @BeforeEach
  void start() throws Exception {
    sim = LocalApiSimulator.start(dir.resolve("tailscaled.sock"), SampleTailnet.office());
  }

  @AfterEach
  void stop() throws Exception {
    sim.close();
  }

  private String get(String target) throws Exception {
    return RawLocalApi.exchange(
        sim.socketPath(), RawLocalApi.request("GET", target, "Host: local-tailscaled.sock"));
  }

  @Test
  void withoutPeersOnlyTheSelfUserSinceV1100AndNoneBefore() throws Exception {
    String current = get("/localapi/v0/status?peers=false");
    assertThat(current).contains("\"LoginName\": \"ops@example.com\"");
    assertThat(current).doesNotContain(Long.toString(SampleTailnet.BOB_USER) + "\"");
    assertThat(get("/localapi/v0/status")).contains(Long.toString(SampleTailnet.BOB_USER));

    sim.tailnet().version("1.90.2-t4a1b2c3d4-g5e6f7a8b9");
    String old = get("/localapi/v0/status?peers=false");
    assertThat(old).contains("\"User\": null").doesNotContain("ops@example.com");
    assertThat(get("/localapi/v0/prefs")).contains("\"LoginName\": \"ops@example.com\"");
  }

  @Test
  void versionsAreComparedByTheirMinorNumber() {
    assertThat(StatusDocument.selfUserWithoutPeers("1.100.0")).isTrue();
    assertThat(StatusDocument.selfUserWithoutPeers("1.102.4-t3caf7d9e7-g084ee3b64")).isTrue();
    assertThat(StatusDocument.selfUserWithoutPeers("1.98.1-tabc")).isFalse();
    assertThat(StatusDocument.selfUserWithoutPeers("1.9.0")).isFalse();
  }
}
