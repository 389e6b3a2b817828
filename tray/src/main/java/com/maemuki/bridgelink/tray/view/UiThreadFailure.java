package com.maemuki.bridgelink.tray.view;

/**
 * The view's UI thread could not start, died or stopped answering. The tray cannot show anything
 * any more and must not linger with a dead icon (or a half-open display): it logs this and exits
 * non-zero, so the session (or the user) can start it again.
 */
public final class UiThreadFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UiThreadFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
