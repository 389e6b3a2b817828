package com.maemuki.bridgelink.tailscale.model;

import java.util.List;
import java.util.Map;

/**
 * The state a run of IPN bus messages adds up to: each {@link Notify} is a delta, so the latest
 * non-null value of each field wins.
 *
 * @param state the last state sent, or null when none was
 * @param browseToUrl the last login URL sent, or null
 * @param health the last full health set sent, or null when none was
 * @param errMessage the last error message ({@code already in use}, {@code fell behind}), or null
 */
public record BusSnapshot(
    String version,
    BackendState state,
    String browseToUrl,
    Map<String, HealthWarning> health,
    String errMessage,
    boolean loginFinished,
    EngineStatus engine,
    int messages) {

  /** Folds messages in order. */
  public static BusSnapshot fold(List<Notify> notes) {
    String version = null;
    BackendState state = null;
    String url = null;
    Map<String, HealthWarning> health = null;
    String err = null;
    boolean loginFinished = false;
    EngineStatus engine = null;
    for (Notify n : notes) {
      version = n.version() != null && !n.version().isEmpty() ? n.version() : version;
      state = n.state() != null ? n.state() : state;
      url = n.browseToUrl() != null ? n.browseToUrl() : url;
      health = n.health() != null ? n.health() : health;
      err = n.errMessage() != null && !n.errMessage().isEmpty() ? n.errMessage() : err;
      loginFinished |= n.loginFinished();
      engine = n.engine() != null ? n.engine() : engine;
    }
    return new BusSnapshot(version, state, url, health, err, loginFinished, engine, notes.size());
  }

  /**
   * What the stream says as a {@link Status}, for when no status dump is at hand: the state, the
   * login URL and health messages (plus the error message, which names who holds tailscaled).
   */
  public Status toStatus() {
    List<String> messages =
        new java.util.ArrayList<>(
            health == null
                ? List.of()
                : health.values().stream()
                    .map(HealthWarning::message)
                    .sorted()
                    .collect(java.util.stream.Collectors.toList()));
    if (errMessage != null) {
      messages.add(errMessage);
    }
    BackendState s = state == null ? BackendState.UNKNOWN : state;
    String login = s == BackendState.NEEDS_LOGIN ? browseToUrl : null;
    return Status.ofState(s, login, messages);
  }
}
