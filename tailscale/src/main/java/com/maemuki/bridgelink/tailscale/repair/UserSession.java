package com.maemuki.bridgelink.tailscale.repair;

import com.maemuki.bridgelink.tailscale.localapi.AccessDeniedException;
import com.maemuki.bridgelink.tailscale.localapi.IpnBusWatch;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiClient;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiException;
import com.maemuki.bridgelink.tailscale.model.BackendState;
import com.maemuki.bridgelink.tailscale.model.Notify;
import com.maemuki.bridgelink.tailscale.parse.NotifyJsonParser;
import com.maemuki.bridgelink.tailscale.parse.TailscaleParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A user repair's hold on tailscaled: one {@code watch-ipn-bus} open from before its first request
 * until after its last, as Tailscale's own GUI keeps one.
 *
 * <p>Why: on Windows the first request of a user on an idle tailscaled switches it to that user's
 * profile and the end of the user's last request switches it back ({@code ipn/ipnserver/server.go
 * addActiveHTTPRequest}: {@code SetCurrentUser(actor)} / {@code SetCurrentUser(nil)}), so a repair
 * made of one-shot requests could see the profile flip between them. And while any request is in
 * flight, a user's new one is checked against an arbitrary in-flight one ({@code
 * checkConnIdentityLocked}): when that is the service's short status poll, tailscaled refuses with
 * "already in use by NT AUTHORITY\SYSTEM, pid N". Those refusals naming the service's PID are
 * retried for a moment ({@link #RETRY_WINDOW}); any other is explained.
 */
final class UserSession implements AutoCloseable {

  /** NotifyWatchOpt InitialState: the first message carries State (and any pending login URL). */
  static final long MASK = 2;

  /** How long refusals caused by the service's own short requests are retried. */
  static final Duration RETRY_WINDOW = Duration.ofSeconds(4);

  private static final long FIRST_BACKOFF_MS = 50;
  private static final long MAX_BACKOFF_MS = 400;

  private final LocalApiClient client;
  private final IpnBusWatch watch;
  private final Notify initial;
  private final long servicePid;
  private final Instant deadline;

  private UserSession(
      LocalApiClient client, IpnBusWatch watch, Notify initial, long servicePid, Instant deadline) {
    this.client = client;
    this.watch = watch;
    this.initial = initial;
    this.servicePid = servicePid;
    this.deadline = deadline;
  }

  /**
   * Opens the watch and waits for its first message. The watch is cancelled at {@code deadline} (a
   * blocked {@link #next()} then returns empty).
   *
   * @param servicePid the service's PID, whose refusals pass; 0 when unknown
   * @throws SessionException refused for good (Run Unattended for another account, another user),
   *     tailscaled unreachable, or still busy after {@link #RETRY_WINDOW}
   */
  static UserSession open(LocalApiClient client, long servicePid, Instant deadline)
      throws SessionException {
    Retry retry = new Retry(deadline);
    while (true) {
      IpnBusWatch watch;
      Notify first;
      try {
        watch = client.watchIpnBus(MASK);
      } catch (LocalApiException e) {
        throw new SessionException(e.getMessage());
      }
      try {
        long millis = Math.max(1, Duration.between(Instant.now(), deadline).toMillis());
        CompletableFuture.delayedExecutor(millis, TimeUnit.MILLISECONDS).execute(watch::cancel);
        Optional<String> line = watch.next();
        if (line.isEmpty()) {
          throw new SessionException("Tailscale closed the connection before saying its state.");
        }
        first = NotifyJsonParser.parseLine(line.get());
      } catch (LocalApiException | TailscaleParseException e) {
        watch.close();
        throw new SessionException("Tailscale did not answer as expected: " + e.getMessage());
      } catch (SessionException e) {
        watch.close();
        throw e;
      }
      String refused = first.errMessage();
      if (first.state() != BackendState.IN_USE_OTHER_USER
          && (refused == null || refused.isEmpty())) {
        return new UserSession(client, watch, first, servicePid, deadline);
      }
      // tailscaled would hold this watch until the other account is gone: let it go and decide.
      watch.close();
      retry.afterRefusal(refused == null ? "" : refused, servicePid);
    }
  }

  /** The watch's first message (state, and a login URL that may be stale). */
  Notify initial() {
    return initial;
  }

  /** The next bus message; empty when the watch ended or the deadline passed. */
  Optional<Notify> next() throws LocalApiException, TailscaleParseException {
    Optional<String> line = watch.next();
    return line.isEmpty() ? Optional.empty() : Optional.of(NotifyJsonParser.parseLine(line.get()));
  }

  /**
   * Makes one request while the watch holds the session, trying again for a moment when tailscaled
   * refuses it because a request of the service is in flight.
   */
  <T> T call(LocalApiCall<T> call) throws LocalApiException, SessionException {
    Retry retry = new Retry(deadline);
    while (true) {
      try {
        return call.call(client);
      } catch (AccessDeniedException e) {
        if (InUseRefusal.parse(e.serverMessage()).isEmpty()) {
          throw e;
        }
        retry.afterRefusal(e.serverMessage(), servicePid);
      }
    }
  }

  @Override
  public void close() {
    watch.cancel();
  }

  /** The bounded wait between attempts: doubling pauses, within the window and the deadline. */
  private static final class Retry {
    private final Instant until;
    private long pauseMillis = FIRST_BACKOFF_MS;

    Retry(Instant deadline) {
      Instant window = Instant.now().plus(RETRY_WINDOW);
      until = window.isBefore(deadline) ? window : deadline;
    }

    /** Returns after a pause when another attempt may help; throws the user's words otherwise. */
    void afterRefusal(String message, long servicePid) throws SessionException {
      Optional<InUseRefusal> refusal = InUseRefusal.parse(message);
      if (refusal.isEmpty()) {
        throw new SessionException("Tailscale refused: " + message);
      }
      if (!refusal.get().passing(servicePid)) {
        throw new SessionException(refusal.get().advice());
      }
      if (Instant.now().plusMillis(pauseMillis).isAfter(until)) {
        throw new SessionException(
            (servicePid > 0
                    ? "Tailscale stayed busy with the Bridge Link service's own requests (pid "
                    : "Tailscale stayed busy with requests of " + refusal.get().name() + " (pid ")
                + refusal.get().pid()
                + "); try again in a moment.");
      }
      try {
        Thread.sleep(pauseMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SessionException("The repair was stopped.");
      }
      pauseMillis = Math.min(MAX_BACKOFF_MS, pauseMillis * 2);
    }
  }
}
