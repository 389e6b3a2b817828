package com.maemuki.bridgelink.tailscale.repair;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.tailscale.localapi.IpnBusWatch;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiAddress;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiClient;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiTransports;
import com.maemuki.bridgelink.testkit.localapi.LocalApiSimulator;
import com.maemuki.bridgelink.testkit.localapi.SampleTailnet;
import com.maemuki.bridgelink.testkit.localapi.SimHealth;
import com.maemuki.bridgelink.testkit.localapi.SimIdentity;
import com.maemuki.bridgelink.testkit.localapi.SimProfiles;
import com.maemuki.bridgelink.testkit.localapi.SimRequest;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.BooleanNode;

/**
 * The user repairs against the simulator made to behave as tailscaled on Windows (tailscale at
 * de9ec7ee, v1.103; the simulator's identity model is the lockout lane's, docs/simulator.md):
 *
 * <ul>
 *   <li>one user at a time: a user's request is checked against an arbitrary in-flight one and
 *       refused "already in use by NAME, pid N" ({@code ipn/ipnserver/server.go
 *       checkConnIdentityLocked}); a refused {@code watch-ipn-bus} gets one InUseOtherUser line
 *       ({@code ipn/localapi/localapi.go InUseOtherUserIPNStream});
 *   <li>Run Unattended for another account: "running in server mode" ({@code ipn/ipnlocal/local.go
 *       CheckIPNConnectionAllowed});
 *   <li>profile switching on a user's first request and back after the last ({@code server.go
 *       addActiveHTTPRequest}: SetCurrentUser);
 *   <li>login URL reuse and the targeted {@code BrowseToURL} ({@code local.go
 *       StartLoginInteractiveAs}); the stale one in the first bus message ({@code local.go
 *       WatchNotificationsAs}).
 * </ul>
 */
class UserRepairsOnWindowsTest {

  private static final long SERVICE_PID = 4312;
  private static final SimIdentity SERVICE = SimIdentity.system(SERVICE_PID);
  private static final SimIdentity OWNER =
      SimIdentity.user(SimProfiles.OWNER.ownerSid(), SimProfiles.OWNER.ownerName(), 7001);
  private static final SimIdentity BOB =
      SimIdentity.user("S-1-5-21-1111111111-2222222222-3333333333-1002", "BRIDGE-PC\\bob", 7002);

  @TempDir Path dir;
  private LocalApiSimulator simulator;
  private final List<URI> opened = new CopyOnWriteArrayList<>();
  private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor();

  @BeforeEach
  void start() throws Exception {
    // The main socket stays unidentified (an observer, as on Linux); each client gets its own.
    simulator = LocalApiSimulator.start(dir.resolve("tailscaled.sock"), SampleTailnet.office());
  }

  @AfterEach
  void stop() throws Exception {
    later.shutdownNow();
    simulator.close();
  }

  private LocalApiClient clientAs(SimIdentity who, String name) throws Exception {
    Path socket = simulator.listenAs(who, dir.resolve(name + ".sock"));
    return LocalApiTransports.clientFor(LocalApiAddress.parse(socket.toString()));
  }

  private UserRepairResult runAs(
      SimIdentity who, UserRepairId id, BrowserOpener browser, Duration within) throws Exception {
    return new UserRepairRunner(clientAs(who, "tray"), SERVICE_PID, browser, text -> {})
        .run(id, new UserRepairRequest(null, null, Instant.now().plus(within)));
  }

  /** A watch of {@code who} that tailscaled has admitted (its first line read): a request held. */
  private IpnBusWatch holdAs(SimIdentity who, String name) throws Exception {
    IpnBusWatch watch = clientAs(who, name).watchIpnBus(UserSession.MASK);
    assertThat(watch.next()).isPresent();
    return watch;
  }

  private List<SimRequest> requests(String method, String endpoint) {
    return simulator.requests().stream()
        .filter(r -> r.method().equals(method) && r.endpoint().equals(endpoint))
        .toList();
  }

  @Test
  void aRefusalNamingTheServicesPidIsRetriedUntilItsRequestEnds() throws Exception {
    simulator.tailnet().pref("CorpDNS", BooleanNode.FALSE);
    IpnBusWatch servicesRequest = holdAs(SERVICE, "service");
    later.schedule(servicesRequest::cancel, 300, TimeUnit.MILLISECONDS);

    UserRepairResult result =
        runAs(OWNER, UserRepairId.ACCEPT_DNS, opened::add, Duration.ofSeconds(20));

    assertThat(result.message()).isEqualTo("This machine now accepts Tailscale's DNS settings.");
    assertThat(result.ok()).isTrue();
    assertThat(simulator.tailnet().prefs().path("CorpDNS").booleanValue()).isTrue();
  }

  @Test
  void aRefusalNamingAnotherProcessIsExplainedNotRetried() throws Exception {
    simulator.tailnet().pref("CorpDNS", BooleanNode.FALSE);
    try (IpnBusWatch other = holdAs(SimIdentity.system(999), "other")) {
      UserRepairResult result =
          runAs(OWNER, UserRepairId.ACCEPT_DNS, opened::add, Duration.ofSeconds(20));
      assertThat(result.ok()).isFalse();
      assertThat(result.message())
          .isEqualTo(
              "Tailscale is busy with a request of NT AUTHORITY\\SYSTEM (pid 999) and refused"
                  + " this one; try again in a moment.");
      assertThat(requests("GET", "watch-ipn-bus")).hasSize(2); // the holder's and one of ours
      assertThat(requests("PATCH", "prefs")).isEmpty();
    }
  }

  @Test
  void theServiceHoldingOnPastTheRetryWindowIsAFailureInPlainWords() throws Exception {
    simulator.tailnet().pref("CorpDNS", BooleanNode.FALSE);
    try (IpnBusWatch stuck = holdAs(SERVICE, "service")) {
      UserRepairResult result =
          runAs(OWNER, UserRepairId.ACCEPT_DNS, opened::add, Duration.ofSeconds(20));
      assertThat(result.ok()).isFalse();
      assertThat(result.message())
          .startsWith(
              "Tailscale stayed busy with the Bridge Link service's own requests (pid 4312)");
      assertThat(requests("PATCH", "prefs")).isEmpty();
    }
  }

  @Test
  void runUnattendedForAnotherAccountSaysSignInAsTheOwnerInsteadOfTrying() throws Exception {
    // The sample profile is BRIDGE-PC\ops's with Run Unattended (ForceDaemon) on.
    simulator.tailnet().pref("CorpDNS", BooleanNode.FALSE);
    for (UserRepairId id : List.of(UserRepairId.ACCEPT_DNS, UserRepairId.REAUTH)) {
      UserRepairResult result = runAs(BOB, id, opened::add, Duration.ofSeconds(20));
      assertThat(result.ok()).isFalse();
      assertThat(result.message()).contains("sign in to Windows as BRIDGE-PC\\ops");
    }
    assertThat(requests("GET", "watch-ipn-bus")).hasSize(2); // one attempt each, no retries
    assertThat(requests("GET", "prefs")).isEmpty();
    assertThat(requests("PATCH", "prefs")).isEmpty();
    assertThat(requests("POST", "login-interactive")).isEmpty();
    assertThat(opened).isEmpty();
  }

  @Test
  void enablingUnattendedWarnsThatItLocksOtherWindowsUsersOut() throws Exception {
    simulator.tailnet().pref("ForceDaemon", BooleanNode.FALSE);
    UserRepairResult result =
        runAs(OWNER, UserRepairId.ENABLE_UNATTENDED, opened::add, Duration.ofSeconds(20));
    assertThat(result.ok()).isTrue();
    assertThat(result.message())
        .contains("Other Windows users of this computer are locked out of Tailscale");
    assertThat(simulator.tailnet().prefs().path("ForceDaemon").booleanValue()).isTrue();
  }

  @Test
  void aRepairOfSeveralRequestsHoldsOneSessionSoTheProfileNeverFlipsBetweenThem() throws Exception {
    // Run Unattended off: each time the user's last request ends, tailscaled leaves the profile
    // (the empty profile: NeedsLogin) and comes back with the next request.
    simulator.tailnet().pref("ForceDaemon", BooleanNode.FALSE);
    simulator.tailnet().pref("CorpDNS", BooleanNode.FALSE);
    LocalApiClient observer =
        LocalApiTransports.clientFor(LocalApiAddress.parse(simulator.socketPath().toString()));
    List<String> seen = new CopyOnWriteArrayList<>();
    IpnBusWatch bus = observer.watchIpnBus(0);
    Thread reader =
        new Thread(
            () -> {
              try {
                bus.forEach(seen::add);
              } catch (Exception ended) {
                // cancelled
              }
            });
    reader.start();
    try {
      UserRepairResult result =
          runAs(OWNER, UserRepairId.ACCEPT_DNS, opened::add, Duration.ofSeconds(20));
      assertThat(result.ok()).as(result.message()).isTrue();
      awaitTrue(() -> simulator.tailnet().onEmptyProfile());
      // A marker published last: once the observer has it, it has read everything before it.
      simulator.tailnet().health(List.of(new SimHealth("test-marker", "low", "marker", "marker")));
      awaitTrue(() -> seen.stream().anyMatch(l -> l.contains("test-marker")));
      long toEmptyProfile = seen.stream().filter(l -> l.contains("\"State\":2")).count();
      assertThat(toEmptyProfile).as("switches to the empty profile: only after the repair").isOne();
    } finally {
      bus.cancel();
      reader.join(5000);
    }
  }

  @Test
  void reauthOpensTheFreshUrlNotTheStaleOneOfTheFirstMessage() throws Exception {
    simulator.tailnet().needsLogin();
    String stale = simulator.tailnet().startInteractiveLogin();
    simulator.tailnet().authUrlAge(Duration.ofDays(8)); // control's URLs die after 7 days
    BrowserOpener signsIn =
        uri -> {
          opened.add(uri);
          simulator.tailnet().running();
        };

    UserRepairResult result = runAs(OWNER, UserRepairId.REAUTH, signsIn, Duration.ofSeconds(20));

    assertThat(result.ok()).as(result.message()).isTrue();
    String fresh = result.page(); // signing in cleared the simulator's URL; the result names it
    assertThat(fresh).startsWith("https://login.tailscale.com/a/").isNotEqualTo(stale);
    assertThat(opened).containsExactly(URI.create(fresh));
    assertThat(requests("POST", "login-interactive")).hasSize(1);
  }

  @Test
  void reauthOpensAReusedUrlOnceItIsSentAgain() throws Exception {
    simulator.tailnet().needsLogin();
    String recent = simulator.tailnet().startInteractiveLogin();
    simulator.tailnet().authUrlAge(Duration.ofDays(1));
    BrowserOpener signsIn =
        uri -> {
          opened.add(uri);
          simulator.tailnet().running();
        };
    UserRepairResult result = runAs(OWNER, UserRepairId.REAUTH, signsIn, Duration.ofSeconds(20));
    assertThat(result.ok()).as(result.message()).isTrue();
    assertThat(opened).containsExactly(URI.create(recent));
  }

  @Test
  void shareInstructionsNameTheLoginFromPrefsOnVersionsBeforeV1100() throws Exception {
    // Before v1.100, status?peers=false has no User map (ipn/ipnlocal/local.go
    // updateStatusLocked); prefs' Config.UserProfile.LoginName has the login on every version.
    simulator.tailnet().version("1.90.2-t4a1b2c3d4-g5e6f7a8b9");
    List<String> clipboard = new CopyOnWriteArrayList<>();
    UserRepairResult result =
        new UserRepairRunner(clientAs(OWNER, "tray"), SERVICE_PID, opened::add, clipboard::add)
            .run(
                UserRepairId.COPY_SHARE_INSTRUCTIONS,
                new UserRepairRequest("office-pc", null, Instant.now().plusSeconds(20)));
    assertThat(result.text()).contains("4. Enter ops@example.com and click Send invite.");
    assertThat(clipboard).containsExactly(result.text());
  }

  private static void awaitTrue(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    for (int i = 0; i < 500 && !condition.getAsBoolean(); i++) {
      Thread.sleep(10);
    }
    assertThat(condition.getAsBoolean()).isTrue();
  }
}
