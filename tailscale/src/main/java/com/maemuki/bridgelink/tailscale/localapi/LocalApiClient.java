package com.maemuki.bridgelink.tailscale.localapi;

import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * tailscaled's LocalAPI: the endpoints a monitor and its tray need. Every call opens its own
 * connection, sends one request and closes, within a deadline (see {@link Watchdog}). Bodies come
 * back raw: {@code service.tailscale.parse} reads them.
 *
 * <p>Thread-safe: the client holds no connection between calls.
 */
public final class LocalApiClient {

  /** Deadline of a request unless the call names one. */
  public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(5);

  /** Largest body read into memory; a status of a few thousand peers is a few MiB. */
  public static final long DEFAULT_MAX_BODY_BYTES = 32L * 1024 * 1024;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final LocalApiDialer dialer;
  private final Duration deadline;
  private final long maxBodyBytes;

  public LocalApiClient(LocalApiDialer dialer, Duration deadline, long maxBodyBytes) {
    this.dialer = dialer;
    this.deadline = deadline;
    this.maxBodyBytes = maxBodyBytes;
  }

  public LocalApiClient(LocalApiDialer dialer) {
    this(dialer, DEFAULT_DEADLINE, DEFAULT_MAX_BODY_BYTES);
  }

  /** The address in words, for messages ("unix socket /var/run/…"). */
  public String describe() {
    return dialer.describe();
  }

  /** {@code GET status}: the tab-indented {@code ipnstate.Status} JSON. */
  public String status() throws LocalApiException {
    return status(true);
  }

  /** {@code GET status}; {@code peers=false} leaves out the {@code Peer} map. */
  public String status(boolean includePeers) throws LocalApiException {
    LocalApiRequest request = LocalApiRequest.get("status");
    if (!includePeers) {
      request = request.withQuery(Map.of("peers", "false"));
    }
    return send(request, deadline).bodyText();
  }

  /** {@code GET prefs}: the tab-indented {@code ipn.Prefs} JSON (keys stripped by tailscaled). */
  public String prefs() throws LocalApiException {
    return send(LocalApiRequest.get("prefs"), deadline).bodyText();
  }

  /** {@code GET profiles/current}: the login profile in use and its owner's Windows SID. */
  public String currentProfile() throws LocalApiException {
    return send(LocalApiRequest.get("profiles/current"), deadline).bodyText();
  }

  /**
   * {@code PATCH prefs} with an {@code ipn.MaskedPrefs} object, e.g. {@code CorpDNS=false,
   * CorpDNSSet=true}; returns the new prefs. Run it as the user (the tray), never as SYSTEM.
   */
  public String patchPrefs(Map<String, ?> maskedPrefs) throws LocalApiException {
    return patchPrefs(JSON.writeValueAsString(maskedPrefs));
  }

  /** {@code PATCH prefs} with the MaskedPrefs JSON given as text. */
  public String patchPrefs(String maskedPrefsJson) throws LocalApiException {
    LocalApiRequest request =
        new LocalApiRequest(
            "PATCH",
            "prefs",
            "",
            maskedPrefsJson.getBytes(StandardCharsets.UTF_8),
            "application/json");
    return send(request, deadline).bodyText();
  }

  /**
   * {@code POST ping}: one ping of {@code ip}. tailscaled has no timeout of its own, so the
   * connection is closed when {@code pingDeadline} passes ({@link LocalApiTimeoutException}). "no
   * matching peer" and similar come back as a 200 body with {@code Err} set.
   */
  public String ping(String ip, PingType type, Duration pingDeadline) throws LocalApiException {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("ip", ip);
    query.put("type", type.wireName());
    return send(LocalApiRequest.post("ping").withQuery(query), pingDeadline).bodyText();
  }

  /**
   * {@code GET /server-status}: whether tailscaled's backend exists yet. Asked after a status
   * request timed out, to tell "starting" (503 {@code backend not ready}) from "hung".
   */
  public ServerStatus serverStatus(Duration budget) throws LocalApiException {
    LocalApiResponse response = exchange(LocalApiRequest.root("GET", "/server-status"), budget);
    if (response.status() == 200) {
      return ServerStatus.READY;
    }
    boolean notReady =
        new String(response.body(), StandardCharsets.UTF_8).contains("backend not ready");
    return response.status() == 503 && notReady ? ServerStatus.STARTING : ServerStatus.UNKNOWN;
  }

  /**
   * {@code POST login-interactive} (204): tailscaled starts a login; its URL arrives on the IPN bus
   * as {@code BrowseToURL} and in {@code Status.AuthURL}. Run it as the user, never as SYSTEM.
   */
  public void loginInteractive() throws LocalApiException {
    send(LocalApiRequest.post("login-interactive"), deadline);
  }

  /**
   * {@code POST bugreport}: the {@code BUG-…} marker support asks for (tailscaled logs the report
   * under that marker). {@code note} may be empty.
   */
  public String bugReport(String note, boolean diagnose) throws LocalApiException {
    Map<String, String> query = new LinkedHashMap<>();
    if (note != null && !note.isEmpty()) {
      query.put("note", note);
    }
    if (diagnose) {
      query.put("diagnose", "true");
    }
    // diagnose=true makes tailscaled log a lot before answering: give it longer.
    Duration budget = diagnose ? deadline.multipliedBy(4) : deadline;
    return send(LocalApiRequest.post("bugreport").withQuery(query), budget).bodyText().strip();
  }

  /**
   * {@code GET watch-ipn-bus?mask=N}: a stream of NDJSON {@code ipn.Notify} lines. For the tray
   * (running as the user) only: the service must not hold LocalAPI requests open. The mask sent is
   * {@link WatchMask#forLocalApi}: {@code NotifyNoPrivateKeys} (16) always, so a read-only caller
   * is admitted on v1.90.x, and never {@code NotifyInProcessNoDisconnect} (65536, a 400).
   */
  public IpnBusWatch watchIpnBus(long mask) throws LocalApiException {
    LocalApiRequest request =
        LocalApiRequest.get("watch-ipn-bus")
            .withQuery(Map.of("mask", Long.toUnsignedString(WatchMask.forLocalApi(mask))));
    Deadline connect = Deadline.after(deadline);
    LocalApiChannel channel = dialer.dial(connect);
    try (Watchdog.Guard guard = Watchdog.arm(connect, channel)) {
      HttpWire.writeRequest(channel, request);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new BadResponseException(
          BadResponseException.NO_STATUS,
          "",
          "could not send the watch-ipn-bus request: " + e.getMessage(),
          e);
    }
    return new IpnBusWatch(channel, maxBodyBytes, overUnixSocket());
  }

  /**
   * Sends any LocalAPI request and returns the response when it is 2xx; anything else becomes the
   * matching {@link LocalApiException}.
   */
  public LocalApiResponse send(LocalApiRequest request, Duration budget) throws LocalApiException {
    LocalApiResponse response = exchange(request, budget);
    if (!response.successful()) {
      throw errorFor(request.endpoint(), response.status(), response.body(), overUnixSocket());
    }
    return response;
  }

  /** Sends a request and returns whatever status came back (errors only for transport faults). */
  public LocalApiResponse exchange(LocalApiRequest request, Duration budget)
      throws LocalApiException {
    Deadline requestDeadline = Deadline.after(budget);
    LocalApiChannel channel = dialer.dial(requestDeadline);
    try (Watchdog.Guard guard = Watchdog.arm(requestDeadline, channel)) {
      try {
        HttpWire.writeRequest(channel, request);
        ChannelInput in = new ChannelInput(channel);
        ResponseHead head = HttpWire.readHead(in);
        byte[] body = HttpWire.readAll(HttpWire.body(in, head, request.method()), maxBodyBytes);
        return new LocalApiResponse(head.status(), head.headers(), body);
      } catch (IOException e) {
        throw failure(request.endpoint(), e, guard.fired(), budget);
      }
    } finally {
      closeQuietly(channel);
    }
  }

  static LocalApiException failure(
      String endpoint, IOException e, boolean deadlinePassed, Duration budget) {
    if (deadlinePassed) {
      return new LocalApiTimeoutException(
          "tailscaled did not answer " + endpoint + " within " + describe(budget), budget);
    }
    if (e instanceof ClosedByInterruptException) {
      Thread.currentThread().interrupt();
      return new LocalApiTimeoutException(
          "the " + endpoint + " request was interrupted before tailscaled answered", budget);
    }
    if (e instanceof HttpFormatException) {
      return new BadResponseException(
          BadResponseException.NO_STATUS,
          "",
          "tailscaled sent a malformed response to " + endpoint + ": " + e.getMessage(),
          e);
    }
    return new BadResponseException(
        BadResponseException.NO_STATUS,
        "",
        "the connection to tailscaled broke during " + endpoint + ": " + e.getMessage(),
        e);
  }

  /** Whether tailscaled is reached over a Unix socket (its access rules differ from a pipe's). */
  private boolean overUnixSocket() {
    return dialer instanceof UnixSocketDialer;
  }

  static LocalApiException errorFor(String endpoint, int status, byte[] body, boolean unixSocket) {
    String message = ErrorBodies.messageOf(body);
    String shown = message.isEmpty() ? "(no error text)" : message;
    if (status == 401 || status == 403) {
      return new AccessDeniedException(
          status,
          message,
          "tailscaled denied access to "
              + endpoint
              + " (HTTP "
              + status
              + "): "
              + shown
              + AccessDeniedException.operatorHint(status, message, unixSocket));
    }
    return new BadResponseException(
        status,
        message,
        "tailscaled answered " + endpoint + " with HTTP " + status + ": " + shown,
        null);
  }

  private static String describe(Duration budget) {
    long millis = budget.toMillis();
    return millis % 1000 == 0 ? (millis / 1000) + " s" : millis + " ms";
  }

  static void closeQuietly(LocalApiChannel channel) {
    try {
      channel.close();
    } catch (IOException ignored) {
      // Nothing more to release.
    }
  }
}
