package com.maemuki.bridgelink.service.platform;

import java.util.Objects;

/**
 * The end of a start or restart.
 *
 * @param ok true when the service runs and the LocalAPI answered within the wait
 * @param finalState the last state observed
 * @param localApiAnswers whether the LocalAPI answered afterwards
 * @param message what happened, in plain words
 */
public record ServiceControlResult(
    boolean ok, ServiceState.Kind finalState, boolean localApiAnswers, String message) {

  public ServiceControlResult {
    Objects.requireNonNull(finalState, "finalState");
    message = message == null ? "" : message;
  }

  public static ServiceControlResult failed(ServiceState.Kind state, String message) {
    return new ServiceControlResult(false, state, false, message);
  }
}
