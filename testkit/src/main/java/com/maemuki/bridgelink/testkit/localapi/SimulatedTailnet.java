package com.maemuki.bridgelink.testkit.localapi;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The state the simulator serves: backend state, self, peers, prefs, health and scripted ping
 * answers. One lock guards all of it (nodes share it), so a test thread's change is complete and
 * visible to the very next request; state, login URL, health and prefs changes are also published
 * on the IPN bus as tailscaled does.
 */
public final class SimulatedTailnet {

  /** {@code ipn.State} numbers used on the IPN bus. */
  private static final List<String> STATES =
      List.of(
          "NoState",
          "InUseOtherUser",
          "NeedsLogin",
          "NeedsMachineAuth",
          "Stopped",
          "Starting",
          "Running");

  /** tailscaled reuses a login URL younger than this ({@code local.go StartLoginInteractiveAs}). */
  static final Duration LOGIN_URL_REUSE = Duration.ofDays(7).minusHours(1);

  private final Object lock = new Object();
  private final IpnBus bus = new IpnBus();
  private final SimProfiles profiles = new SimProfiles(this);
  private final Map<String, SimNode> peers = new LinkedHashMap<>();
  private final Map<Long, String[]> users = new LinkedHashMap<>();
  private final Map<String, PingScript> pingScripts = new HashMap<>();
  private final ObjectNode prefs = SimPrefs.defaults();
  private final SimNode self;
  private String version = "1.102.4-t3caf7d9e7-g084ee3b64";
  private String backendState = "Running";
  private String authUrl = "";
  private Instant authUrlCreated = Instant.EPOCH;
  private SavedProfileState saved;
  private boolean starting;
  private List<SimHealth> health = List.of();
  private String tailnetName = "example.com";
  private String magicDnsSuffix = "tail4e2b9c.ts.net";
  private boolean magicDnsEnabled = true;
  private int bugReports;
  private boolean readOnlyCallers;

  /** A tailnet with only the self node, Running. */
  public SimulatedTailnet(String selfHostName, String selfIp) {
    self = new SimNode(lock, selfHostName).tailscaleIps(List.of(selfIp)).os("windows");
    self.dnsName(selfHostName.toLowerCase(Locale.ROOT) + "." + magicDnsSuffix);
    user(4120318833192417L, "ops@example.com", "Ops Team");
    self.userId(4120318833192417L);
  }

  Object lock() {
    return lock;
  }

  IpnBus bus() {
    return bus;
  }

  /** The login profiles and the current Windows user. */
  public SimProfiles profiles() {
    return profiles;
  }

  // --- starting ---

  /**
   * While starting, tailscaled has no backend yet: LocalAPI requests wait for it and {@code GET
   * /server-status} answers 503 {@code backend not ready} ({@code ipn/ipnserver/server.go
   * awaitBackend, serveServerStatus}).
   */
  public void starting(boolean value) {
    synchronized (lock) {
      starting = value;
      lock.notifyAll();
    }
  }

  public boolean starting() {
    synchronized (lock) {
      return starting;
    }
  }

  /** Waits (at most {@code maxMillis}) until the backend exists. */
  void awaitBackend(long maxMillis) throws InterruptedException {
    long end = System.currentTimeMillis() + maxMillis;
    synchronized (lock) {
      while (starting && System.currentTimeMillis() < end) {
        lock.wait(Math.max(1, Math.min(100, end - System.currentTimeMillis())));
      }
    }
  }

  // --- the empty profile ---

  /** The profile's own state, kept while tailscaled sits on the empty profile. */
  private record SavedProfileState(
      String backendState, String authUrl, List<SimHealth> health, ObjectNode prefs) {}

  /** True while on the empty profile (see {@link SimProfiles}). */
  public boolean onEmptyProfile() {
    synchronized (lock) {
      return saved != null;
    }
  }

  void enterEmptyProfile() {
    synchronized (lock) {
      if (saved != null) {
        return;
      }
      saved = new SavedProfileState(backendState, authUrl, health, prefs.deepCopy());
      authUrl = "";
      prefs.put("ControlURL", "");
      prefs.put("WantRunning", false);
      prefs.put("LoggedOut", true);
      prefs.put("ForceDaemon", false);
      bus.publish(NotifyMessages.prefs(version, prefs));
      health(
          List.of(
              new SimHealth("wantrunning-false", "low", "Tailscale off", "Tailscale is stopped.")));
      backendState("NeedsLogin");
    }
  }

  void leaveEmptyProfile() {
    synchronized (lock) {
      if (saved == null) {
        return;
      }
      SavedProfileState s = saved;
      saved = null;
      authUrl = s.authUrl();
      prefs.removeAll();
      prefs.setAll(s.prefs());
      bus.publish(NotifyMessages.prefs(version, prefs));
      health(s.health());
      backendState(s.backendState());
    }
  }

  // --- nodes ---

  public SimNode self() {
    return self;
  }

  /** Adds a peer (replacing one with the same host name) and returns it for further setup. */
  public SimNode addPeer(String hostName, String ip) {
    synchronized (lock) {
      SimNode peer =
          new SimNode(lock, hostName)
              .tailscaleIps(List.of(ip))
              .userId(self.userId())
              .dnsName(hostName.toLowerCase(Locale.ROOT) + "." + magicDnsSuffix);
      peers.put(hostName, peer);
      return peer;
    }
  }

  /** The peer with this host name. */
  public SimNode peer(String hostName) {
    synchronized (lock) {
      SimNode peer = peers.get(hostName);
      if (peer == null) {
        throw new IllegalArgumentException("no simulated peer named " + hostName);
      }
      return peer;
    }
  }

  public void removePeer(String hostName) {
    synchronized (lock) {
      peers.remove(hostName);
    }
  }

  public List<SimNode> peers() {
    synchronized (lock) {
      return List.copyOf(peers.values());
    }
  }

  /** The peer owning a Tailscale IP, if any. */
  public Optional<SimNode> peerByIp(String ip) {
    synchronized (lock) {
      return peers.values().stream().filter(p -> p.tailscaleIps().contains(ip)).findFirst();
    }
  }

  public void user(long id, String loginName, String displayName) {
    synchronized (lock) {
      users.put(id, new String[] {loginName, displayName});
    }
  }

  Map<Long, String[]> users() {
    synchronized (lock) {
      return new LinkedHashMap<>(users);
    }
  }

  // --- backend state ---

  public String backendState() {
    synchronized (lock) {
      return backendState;
    }
  }

  /** Sets {@code BackendState} and announces the new state on the IPN bus. */
  public void backendState(String state) {
    if (!STATES.contains(state)) {
      throw new IllegalArgumentException("unknown backend state " + state + "; one of " + STATES);
    }
    synchronized (lock) {
      boolean wasLoggingIn = backendState.equals("NeedsLogin") && state.equals("Running");
      backendState = state;
      if (wasLoggingIn) {
        bus.publish(NotifyMessages.loginFinished(version));
      }
      bus.publish(NotifyMessages.state(version, stateNumber()));
    }
  }

  int stateNumber() {
    synchronized (lock) {
      return STATES.indexOf(backendState);
    }
  }

  /** Logged out: NeedsLogin, no login URL yet, the "logged out" health warning. */
  public void needsLogin() {
    synchronized (lock) {
      authUrl = "";
      health(List.of(SimHealth.loggedOut()));
      backendState("NeedsLogin");
    }
  }

  /** Running and logged in, health clear (announces LoginFinished when it was logged out). */
  public void running() {
    synchronized (lock) {
      authUrl = "";
      prefs.put("WantRunning", true);
      prefs.put("LoggedOut", false);
      health(List.of());
      backendState("Running");
    }
  }

  /** {@code tailscale down}: Stopped, WantRunning false. */
  public void stopped() {
    synchronized (lock) {
      prefs.put("WantRunning", false);
      health(
          List.of(
              new SimHealth("wantrunning-false", "low", "Tailscale off", "Tailscale is stopped.")));
      backendState("Stopped");
    }
  }

  /** What {@code POST login-interactive} does, for every watcher. */
  public String startInteractiveLogin() {
    return startInteractiveLogin(null);
  }

  /**
   * What {@code POST login-interactive} does ({@code ipn/ipnlocal/local.go
   * StartLoginInteractiveAs}): reuses the login URL when it is younger than 7 days less an hour,
   * else makes a new one, and sends {@code BrowseToURL} only to the watchers of the caller (same
   * user and process; all watchers when the caller is unidentified).
   */
  String startInteractiveLogin(SimIdentity caller) {
    synchronized (lock) {
      Instant now = Instant.now();
      boolean reuse =
          !authUrl.isEmpty()
              && Duration.between(authUrlCreated, now).compareTo(LOGIN_URL_REUSE) < 0;
      if (!reuse) {
        authUrl = newLoginUrl(prefs.path("ControlURL").asString(""));
        authUrlCreated = now;
      }
      bus.publishTo(NotifyMessages.browseTo(version, authUrl), caller);
      return authUrl;
    }
  }

  /**
   * The login URL control hands out: the client never makes it up, it is the control server's
   * answer. Tailscale's control server (the default, also on the empty profile) answers with {@code
   * https://login.tailscale.com/a/<id>}; any other control server is taken to be headscale, which
   * answers with its own URL, {@code <ControlURL>/register/hskey-authreq-<id>} (read off the lab's
   * headscale v0.29.2).
   */
  private static String newLoginUrl(String controlUrl) {
    String id = Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 8);
    if (controlUrl.isEmpty() || controlUrl.equals(SimPrefs.DEFAULT_CONTROL_URL)) {
      return "https://login.tailscale.com/a/" + id;
    }
    String base =
        controlUrl.endsWith("/") ? controlUrl.substring(0, controlUrl.length() - 1) : controlUrl;
    return base + "/register/hskey-authreq-" + id;
  }

  /** Backdates the current login URL (to test reuse and renewal). */
  public void authUrlAge(Duration age) {
    synchronized (lock) {
      authUrlCreated = Instant.now().minus(age);
    }
  }

  public String authUrl() {
    synchronized (lock) {
      return authUrl;
    }
  }

  // --- health, DNS, version ---

  public List<SimHealth> health() {
    synchronized (lock) {
      return health;
    }
  }

  /** Replaces the health warnings and announces them on the IPN bus. */
  public void health(List<SimHealth> warnings) {
    synchronized (lock) {
      health = List.copyOf(warnings);
      bus.publish(NotifyMessages.health(version, health));
    }
  }

  public void magicDns(boolean enabled) {
    synchronized (lock) {
      magicDnsEnabled = enabled;
    }
  }

  public boolean magicDnsEnabled() {
    synchronized (lock) {
      return magicDnsEnabled;
    }
  }

  public String magicDnsSuffix() {
    synchronized (lock) {
      return magicDnsSuffix;
    }
  }

  public String tailnetName() {
    synchronized (lock) {
      return tailnetName;
    }
  }

  public String version() {
    synchronized (lock) {
      return version;
    }
  }

  public void version(String value) {
    synchronized (lock) {
      version = value;
    }
  }

  /** Sets the self key to expire {@code in} from now (negative: already expired). */
  public void selfKeyExpiresIn(Duration in) {
    synchronized (lock) {
      self.keyExpiry(Instant.now().plus(in).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }
  }

  // --- prefs ---

  /** A copy of the prefs document fields (without the stripped key material). */
  public ObjectNode prefs() {
    synchronized (lock) {
      return prefs.deepCopy();
    }
  }

  /** Sets one prefs field (e.g. {@code CorpDNS}, {@code ForceDaemon}) and announces the prefs. */
  public void pref(String field, JsonNode value) {
    synchronized (lock) {
      prefs.set(field, value);
      bus.publish(NotifyMessages.prefs(version, prefs));
    }
  }

  /**
   * Applies an {@code ipn.MaskedPrefs} body: each {@code XSet: true} copies field {@code X}.
   * WantRunning moves the backend between Running and Stopped, as tailscaled does.
   */
  void applyMaskedPrefs(ObjectNode masked) {
    synchronized (lock) {
      List<String> changed = new ArrayList<>();
      for (Map.Entry<String, JsonNode> entry : masked.properties()) {
        String name = entry.getKey();
        if (name.endsWith("Set") && entry.getValue().asBoolean(false)) {
          String field = name.substring(0, name.length() - 3);
          if (masked.has(field)) {
            prefs.set(field, masked.get(field).deepCopy());
            changed.add(field);
          }
        }
      }
      if (changed.contains("WantRunning")) {
        boolean want = prefs.path("WantRunning").asBoolean(false);
        if (!want && !backendState.equals("Stopped")) {
          stopped();
        } else if (want && backendState.equals("Stopped")) {
          running();
        }
      }
      if (!changed.isEmpty()) {
        bus.publish(NotifyMessages.prefs(version, prefs));
      }
    }
  }

  // --- ping and bugreport ---

  /** Scripts the ping answer for {@code ip} (null clears it: the peer's state decides again). */
  public void pingScript(String ip, PingScript script) {
    synchronized (lock) {
      if (script == null) {
        pingScripts.remove(ip);
      } else {
        pingScripts.put(ip, script);
      }
    }
  }

  Optional<PingScript> pingScript(String ip) {
    synchronized (lock) {
      return Optional.ofNullable(pingScripts.get(ip));
    }
  }

  /** How many bug reports were requested (each gets its own marker). */
  /**
   * Linux, a caller that is neither root, tailscaled's UID nor the {@code --operator}: it may read
   * but not write (ipn/ipnauth; being in sudoers does not count). Writes then get 403, and on
   * v1.90.x a {@code watch-ipn-bus} without mask 16 ({@code NotifyNoPrivateKeys}) too.
   */
  public void readOnlyCallers(boolean value) {
    synchronized (lock) {
      readOnlyCallers = value;
    }
  }

  public boolean readOnlyCallers() {
    synchronized (lock) {
      return readOnlyCallers;
    }
  }

  /** The minor version ({@code 102} of {@code 1.102.4-…}), or 0 when unreadable. */
  int minorVersion() {
    String[] parts = version().split("[.-]");
    try {
      return parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  public int bugReports() {
    synchronized (lock) {
      return bugReports;
    }
  }

  int countBugReport() {
    synchronized (lock) {
      return ++bugReports;
    }
  }
}
