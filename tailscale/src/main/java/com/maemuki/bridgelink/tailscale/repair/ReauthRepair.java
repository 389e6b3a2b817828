package com.maemuki.bridgelink.tailscale.repair;

import com.maemuki.bridgelink.tailscale.localapi.LocalApiException;
import com.maemuki.bridgelink.tailscale.model.BackendState;
import com.maemuki.bridgelink.tailscale.model.Notify;
import com.maemuki.bridgelink.tailscale.parse.TailscaleParseException;
import java.io.IOException;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code reauth}, as the signed-in user: hold a {@link UserSession} (its first message says the
 * state), ask tailscaled for an interactive login, open the {@code BrowseToURL} that arrives
 * <em>after</em> that request, and succeed when the backend reaches Running after the login
 * finished. The session ends at the deadline.
 *
 * <p>The first message's {@code BrowseToURL} is ignored: it is whatever login URL tailscaled last
 * had ({@code ipn/ipnlocal/local.go WatchNotificationsAs}: {@code b.authURL} while NeedsLogin),
 * which may be days old and dead. {@code login-interactive} reuses a URL younger than 7 days less
 * an hour and otherwise asks control for a new one ({@code StartLoginInteractiveAs}), and sends it
 * only to this user's and this process's watchers.
 */
final class ReauthRepair implements UserRepair {

  private final SessionOpener sessions;
  private final BrowserOpener browser;

  ReauthRepair(SessionOpener sessions, BrowserOpener browser) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.browser = Objects.requireNonNull(browser, "browser");
  }

  @Override
  public UserRepairId id() {
    return UserRepairId.REAUTH;
  }

  @Override
  public UserRepairResult run(UserRepairRequest request) {
    try (UserSession session = sessions.open(request.deadline())) {
      Notify initial = session.initial();
      boolean wasRunning = initial.state() == BackendState.RUNNING;
      try {
        session.call(
            client -> {
              client.loginInteractive();
              return null;
            });
      } catch (LocalApiException e) {
        return UserRepairResult.failed(
            "Tailscale did not accept the sign-in request: " + e.getMessage());
      }
      return follow(session, initial.state(), wasRunning);
    } catch (SessionException e) {
      return UserRepairResult.failed(e.getMessage());
    } catch (LocalApiException | TailscaleParseException e) {
      return UserRepairResult.failed("Tailscale sent something unexpected: " + e.getMessage());
    }
  }

  /** Reads the messages that follow the login request until Running, an error or the deadline. */
  private UserRepairResult follow(UserSession session, BackendState state, boolean wasRunning)
      throws LocalApiException, TailscaleParseException {
    boolean loginFinished = false;
    URI opened = null;
    for (Optional<Notify> next = session.next(); next.isPresent(); next = session.next()) {
      Notify message = next.get();
      String url = message.browseToUrl();
      if (url != null && !url.isEmpty() && opened == null) {
        Optional<URI> safe = LoginUrls.safe(url);
        if (safe.isEmpty()) {
          return UserRepairResult.failed(
              "Tailscale asked to open an address that is not a web page; refused.");
        }
        try {
          browser.open(safe.get());
          opened = safe.get();
        } catch (IOException e) {
          return UserRepairResult.failed(
                  "Could not open the browser; sign in at "
                      + safe.get()
                      + " ("
                      + e.getMessage()
                      + ")")
              .withPage(safe.get().toString());
        }
      }
      if (message.state() != null) {
        state = message.state();
      }
      loginFinished |= message.loginFinished();
      if (message.errMessage() != null && !message.errMessage().isEmpty()) {
        return UserRepairResult.failed("Tailscale reported: " + message.errMessage());
      }
      if (state == BackendState.RUNNING && (loginFinished || !wasRunning)) {
        return UserRepairResult.done("Signed in; Tailscale is running.")
            .withPage(opened == null ? null : opened.toString());
      }
    }
    return UserRepairResult.failed(
            opened == null
                ? "Tailscale did not offer a sign-in page in time."
                : "The sign-in was not completed in time; finish it at "
                    + opened
                    + " and try again.")
        .withPage(opened == null ? null : opened.toString());
  }
}
