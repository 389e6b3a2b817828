package com.maemuki.bridgelink.tailscale.repair;

import com.maemuki.bridgelink.tailscale.localapi.IpnBusWatch;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiClient;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiException;
import com.maemuki.bridgelink.tailscale.model.BackendState;
import com.maemuki.bridgelink.tailscale.model.Notify;
import com.maemuki.bridgelink.tailscale.parse.NotifyJsonParser;
import com.maemuki.bridgelink.tailscale.parse.TailscaleParseException;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code reauth}, as the signed-in user: watch the IPN bus (initial state), ask tailscaled for an
 * interactive login, open the {@code BrowseToURL} it announces in the browser, and succeed when the
 * backend reaches Running after the login finished. The watch is cancelled at the deadline.
 */
final class ReauthRepair implements UserRepair {

  /** NotifyWatchOpt InitialState: the first message carries State (and a pending BrowseToURL). */
  static final long MASK = 2;

  private final LocalApiClient client;
  private final BrowserOpener browser;

  ReauthRepair(LocalApiClient client, BrowserOpener browser) {
    this.client = Objects.requireNonNull(client, "client");
    this.browser = Objects.requireNonNull(browser, "browser");
  }

  @Override
  public UserRepairId id() {
    return UserRepairId.REAUTH;
  }

  @Override
  public UserRepairResult run(UserRepairRequest request) {
    long millis = Math.max(1, Duration.between(Instant.now(), request.deadline()).toMillis());
    try (IpnBusWatch watch = client.watchIpnBus(MASK)) {
      CompletableFuture.delayedExecutor(millis, TimeUnit.MILLISECONDS).execute(watch::cancel);
      Optional<String> first = watch.next();
      if (first.isEmpty()) {
        return UserRepairResult.failed("Tailscale closed the connection before saying its state.");
      }
      Notify initial = NotifyJsonParser.parseLine(first.get());
      if (initial.errMessage() != null && !initial.errMessage().isEmpty()) {
        return UserRepairResult.failed("Tailscale refused: " + initial.errMessage());
      }
      boolean wasRunning = initial.state() == BackendState.RUNNING;
      client.loginInteractive();
      return follow(watch, initial, wasRunning);
    } catch (LocalApiException e) {
      return UserRepairResult.failed(
          "Tailscale did not accept the sign-in request: " + e.getMessage());
    } catch (TailscaleParseException e) {
      return UserRepairResult.failed("Tailscale sent something unexpected: " + e.getMessage());
    }
  }

  private UserRepairResult follow(IpnBusWatch watch, Notify initial, boolean wasRunning)
      throws LocalApiException, TailscaleParseException {
    BackendState state = initial.state();
    boolean loginFinished = false;
    URI opened = null;
    Notify message = initial;
    while (true) {
      if (message.browseToUrl() != null && !message.browseToUrl().isEmpty() && opened == null) {
        Optional<URI> url = LoginUrls.safe(message.browseToUrl());
        if (url.isEmpty()) {
          return UserRepairResult.failed(
              "Tailscale asked to open an address that is not a web page; refused.");
        }
        try {
          browser.open(url.get());
          opened = url.get();
        } catch (IOException e) {
          return UserRepairResult.failed(
              "Could not open the browser; sign in at " + url.get() + " (" + e.getMessage() + ")");
        }
      }
      if (message.state() != null) {
        state = message.state();
      }
      loginFinished |= message.loginFinished();
      if (message.errMessage() != null && !message.errMessage().isEmpty() && message != initial) {
        return UserRepairResult.failed("Tailscale reported: " + message.errMessage());
      }
      if (state == BackendState.RUNNING && (loginFinished || !wasRunning)) {
        return UserRepairResult.done("Signed in; Tailscale is running.");
      }
      Optional<String> next = watch.next();
      if (next.isEmpty()) {
        return UserRepairResult.failed(
            opened == null
                ? "Tailscale did not offer a sign-in page in time."
                : "The sign-in was not completed in time; finish it at "
                    + opened
                    + " and try again.");
      }
      message = NotifyJsonParser.parseLine(next.get());
    }
  }
}
