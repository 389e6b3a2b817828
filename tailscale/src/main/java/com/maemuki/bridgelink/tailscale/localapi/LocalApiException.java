package com.maemuki.bridgelink.tailscale.localapi;

/**
 * Why a LocalAPI request failed. The subclasses are the only kinds there are, so callers can switch
 * on them and turn each into a finding; every message is written for a person, not a stack trace.
 */
public abstract sealed class LocalApiException extends Exception
    permits DaemonUnavailableException,
        AccessDeniedException,
        BadResponseException,
        LocalApiTimeoutException {

  private static final long serialVersionUID = 1L;

  LocalApiException(String message, Throwable cause) {
    super(message, cause);
  }
}
