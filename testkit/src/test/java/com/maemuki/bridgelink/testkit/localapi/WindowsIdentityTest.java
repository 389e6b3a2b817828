package com.maemuki.bridgelink.testkit.localapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.BooleanNode;

/**
 * What Linux tailscaled cannot show, modelled from tailscale's source (tailscale/tailscale at
 * de9ec7ee, v1.103): identity per connection and "one user at a time" ({@code
 * ipn/ipnserver/server.go} addActiveHTTPRequest, checkConnIdentityLocked, blockWhileIdentityInUse;
 * {@code ipn/localapi/localapi.go InUseOtherUserIPNStream}), profile switching ({@code
 * ipn/ipnlocal/local.go} SetCurrentUser, resolveBestProfileLocked, CheckIPNConnectionAllowed), the
 * empty profile ({@code ipn/ipnlocal/profiles.go}), {@code /server-status} while starting ({@code
 * server.go serveServerStatus}) and login URL reuse ({@code local.go StartLoginInteractiveAs,
 * notificationTarget.match}).
 */
class WindowsIdentityTest {

  private static final SimIdentity SYSTEM = SimIdentity.system(4312);
  private static final SimIdentity OWNER =
      SimIdentity.user(SimProfiles.OWNER.ownerSid(), SimProfiles.OWNER.ownerName(), 7001);
  private static final SimIdentity BOB =
      SimIdentity.user("S-1-5-21-1111111111-2222222222-3333333333-1002", "BRIDGE-PC\\bob", 7002);

  @TempDir Path dir;
  private SimulatedTailnet tailnet;
  private LocalApiSimulator sim;
  private Path service;
  private Path owner;
  private Path bob;

  @BeforeEach
  void start() throws Exception {
    tailnet = new SimulatedTailnet("bridge-pc", "100.64.0.10");
    tailnet.addPeer("bridge-peer", "100.64.0.11").direct("198.51.100.7:41641");
    sim = LocalApiSimulator.start(dir.resolve("tailscaled.sock"), tailnet).identify(SYSTEM);
    service = sim.socketPath();
    owner = sim.listenAs(OWNER, dir.resolve("owner.sock"));
    bob = sim.listenAs(BOB, dir.resolve("bob.sock"));
  }

  @AfterEach
  void stop() throws Exception {
    sim.close();
  }

  private static String get(Path socket, String target) throws Exception {
    return RawLocalApi.exchange(
        socket, RawLocalApi.request("GET", target, "Host: local-tailscaled.sock"));
  }

  private void awaitInFlight(int n) throws InterruptedException {
    for (int i = 0; i < 1000 && sim.duty().inFlight() != n; i++) {
      Thread.sleep(10);
    }
    assertThat(sim.duty().inFlight()).isEqualTo(n);
  }

  @Test
  void aUserIsRefusedWhileASystemRequestIsInFlightAndAdmittedOnceItEnds() throws Exception {
    tailnet.peer("bridge-peer").offline(java.time.Instant.now()); // ping is never answered
    try (OpenRequest ping =
        new OpenRequest(service, "POST", "/localapi/v0/ping?ip=100.64.0.11&type=disco")) {
      awaitInFlight(1);
      String refused = get(owner, "/localapi/v0/status");
      assertThat(refused).startsWith("HTTP/1.1 401 ");
      assertThat(refused).endsWith("Tailscale already in use by NT AUTHORITY\\SYSTEM, pid 4312\n");
      // SYSTEM itself is always admitted, even with its own request in flight.
      assertThat(get(service, "/localapi/v0/status")).startsWith("HTTP/1.1 200 ");
    }
    awaitInFlight(0);
    assertThat(get(owner, "/localapi/v0/status")).startsWith("HTTP/1.1 200 ");
  }

  @Test
  void aRefusedBusWatchGetsOneInUseOtherUserLineAndBlocksUntilTheServerIsFree() throws Exception {
    tailnet.peer("bridge-peer").offline(java.time.Instant.now());
    OpenRequest ping =
        new OpenRequest(service, "POST", "/localapi/v0/ping?ip=100.64.0.11&type=disco");
    awaitInFlight(1);
    try (OpenRequest watch = new OpenRequest(owner, "GET", "/localapi/v0/watch-ipn-bus?mask=2")) {
      String line = watch.awaitLine("ErrMessage");
      assertThat(line)
          .contains(
              "\"ErrMessage\":\"Tailscale already in use by NT AUTHORITY\\\\SYSTEM, pid 4312\"")
          .contains("\"State\":1");
      assertThat(watch.received(OpenRequest.END)).isFalse(); // blocked, not closed
      ping.close(); // the service gives up its ping: the server is idle again
      assertThat(watch.awaitLine(OpenRequest.END)).isNotNull(); // the refused watch ends
    }
  }

  @Test
  void anotherUserIsRefusedInServerModeAndWhileTheOwnerIsConnected() throws Exception {
    // Run Unattended (ForceDaemon) on: the owner's profile stays current with nobody connected.
    assertThat(get(bob, "/localapi/v0/status"))
        .startsWith("HTTP/1.1 401 ")
        .endsWith(
            "Tailscale running in server mode (\"BRIDGE-PC\\ops\"); connection from"
                + " \"BRIDGE-PC\\bob\" not allowed\n");
    tailnet.pref("ForceDaemon", BooleanNode.FALSE);
    try (OpenRequest watch = new OpenRequest(owner, "GET", "/localapi/v0/watch-ipn-bus?mask=2")) {
      awaitInFlight(1);
      assertThat(get(bob, "/localapi/v0/status"))
          .startsWith("HTTP/1.1 401 ")
          .endsWith("Tailscale already in use by BRIDGE-PC\\ops, pid 7001\n");
    }
  }

  @Test
  void withUnattendedOffTheLastUserRequestSwitchesToTheEmptyProfileAndTheOwnerBack()
      throws Exception {
    tailnet.pref("ForceDaemon", BooleanNode.FALSE);
    assertThat(get(owner, "/localapi/v0/status")).contains("\"BackendState\": \"Running\"");
    // That request was the last one: SetCurrentUser(nil) → the empty profile.
    assertThat(tailnet.onEmptyProfile()).isTrue();
    assertThat(get(service, "/localapi/v0/profiles/current"))
        .contains("\"ID\":\"\"")
        .contains("\"LocalUserID\":\"\"")
        .contains("\"ControlURL\":\"\"");
    String status = get(service, "/localapi/v0/status");
    assertThat(status).contains("\"BackendState\": \"NeedsLogin\"").contains("\"AuthURL\": \"\"");
    assertThat(status).contains("Tailscale is stopped.");
    String prefs = get(service, "/localapi/v0/prefs");
    assertThat(prefs)
        .contains("\"LoggedOut\": true")
        .contains("\"ControlURL\": \"\"")
        .contains("\"Config\": null");
    // The owner's first request switches to the owner's profile, for as long as it lasts.
    try (OpenRequest watch = new OpenRequest(owner, "GET", "/localapi/v0/watch-ipn-bus?mask=2")) {
      assertThat(watch.awaitLine("\"State\":6")).isNotNull(); // Running
      assertThat(get(service, "/localapi/v0/profiles/current"))
          .contains("\"ID\":\"8f3a\"")
          .contains("\"LocalUserID\":\"" + OWNER.sid() + "\"");
    }
    awaitInFlight(0);
    assertThat(tailnet.onEmptyProfile()).isTrue();
  }

  @Test
  void serverStatusSays503WhileStartingAndLocalApiRequestsWaitForTheBackend() throws Exception {
    tailnet.starting(true);
    String starting = get(service, "/server-status");
    assertThat(starting)
        .startsWith("HTTP/1.1 503 ")
        .endsWith("{\"error\":\"backend not ready\"}\n");
    try (OpenRequest status = new OpenRequest(service, "GET", "/localapi/v0/status")) {
      awaitInFlight(1);
      assertThat(status.received("HTTP/1.1")).isFalse();
      tailnet.starting(false);
      assertThat(status.awaitLine("HTTP/1.1 200")).isNotNull();
    }
    assertThat(get(service, "/server-status")).startsWith("HTTP/1.1 200 ").endsWith("{}\n");
  }

  @Test
  void loginUrlIsReusedForAWeekAndGoesOnlyToTheCallersWatchers() throws Exception {
    SimIdentity ownerElsewhere = SimIdentity.user(OWNER.sid(), OWNER.name(), 7003);
    Path other = sim.listenAs(ownerElsewhere, dir.resolve("owner-other.sock"));
    tailnet.pref("ForceDaemon", BooleanNode.FALSE);
    tailnet.needsLogin();
    try (OpenRequest mine = new OpenRequest(owner, "GET", "/localapi/v0/watch-ipn-bus?mask=0");
        OpenRequest theirs = new OpenRequest(other, "GET", "/localapi/v0/watch-ipn-bus?mask=0")) {
      awaitInFlight(2);
      for (int i = 0; i < 1000 && sim.watchers() != 2; i++) {
        Thread.sleep(10);
      }
      RawLocalApi.exchange(
          owner,
          RawLocalApi.request(
              "POST", "/localapi/v0/login-interactive", "Host: local-tailscaled.sock"));
      String first = mine.awaitLine("BrowseToURL\":\"https");
      String url = tailnet.authUrl();
      assertThat(first).contains(url);
      tailnet.authUrlAge(Duration.ofDays(6));
      RawLocalApi.exchange(
          owner,
          RawLocalApi.request(
              "POST", "/localapi/v0/login-interactive", "Host: local-tailscaled.sock"));
      assertThat(mine.awaitLine("BrowseToURL\":\"https")).contains(url);
      tailnet.authUrlAge(Duration.ofDays(7));
      RawLocalApi.exchange(
          owner,
          RawLocalApi.request(
              "POST", "/localapi/v0/login-interactive", "Host: local-tailscaled.sock"));
      String fresh = mine.awaitLine("BrowseToURL\":\"https");
      assertThat(fresh).doesNotContain(url).contains(tailnet.authUrl());
      // The same user's other process never saw any of them.
      assertThat(theirs.received("BrowseToURL\":\"https")).isFalse();
    }
  }

  @Test
  void theDutyMeterCountsTimeWithARequestInFlightAndRequestsPerEndpoint() throws Exception {
    sim.duty().reset();
    get(service, "/localapi/v0/status");
    get(service, "/localapi/v0/prefs");
    get(service, "/localapi/v0/prefs");
    DutyMeter.Reading idle = sim.duty().reading();
    assertThat(idle.requests()).containsEntry("status", 1).containsEntry("prefs", 2);
    tailnet.peer("bridge-peer").offline(java.time.Instant.now());
    try (OpenRequest ping =
        new OpenRequest(service, "POST", "/localapi/v0/ping?ip=100.64.0.11&type=disco")) {
      awaitInFlight(1);
      long before = sim.duty().reading().busyNanos();
      Thread.sleep(50);
      assertThat(sim.duty().reading().busyNanos()).isGreaterThan(before);
    }
    awaitInFlight(0);
    long after = sim.duty().reading().busyNanos();
    Thread.sleep(50);
    assertThat(sim.duty().reading().busyNanos()).isEqualTo(after); // idle time is not busy
  }
}
