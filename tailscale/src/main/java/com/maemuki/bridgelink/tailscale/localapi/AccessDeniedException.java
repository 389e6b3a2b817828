package com.maemuki.bridgelink.tailscale.localapi;

/**
 * tailscaled refused the caller: HTTP 401 or 403 (for example {@code prefs write access denied}, or
 * on Windows {@code Tailscale already in use by …}), or the OS refused to open the socket or pipe.
 */
public final class AccessDeniedException extends LocalApiException {

  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final String serverMessage;

  public AccessDeniedException(int statusCode, String serverMessage, String message) {
    super(message, null);
    this.statusCode = statusCode;
    this.serverMessage = serverMessage;
  }

  /**
   * What to do about a 403 "… access denied" from tailscaled on Linux (and other Unix): writers are
   * root, tailscaled's own user and the {@code --operator} user only (ipn/ipnauth; the admin group
   * rule is for macOS and QNAP, so being in sudoers does not make a writer). Empty for anything
   * else, and over a named pipe (Windows), where 401/403 mean another user holds tailscaled. The
   * transport says which rule applies, so this module never asks which OS it runs on.
   *
   * @param unixSocket whether tailscaled was reached over a Unix socket
   */
  static String operatorHint(int status, String serverMessage, boolean unixSocket) {
    if (status != 403 || !unixSocket || !serverMessage.contains("access denied")) {
      return "";
    }
    return ". Only root and the Tailscale operator may change Tailscale here (sudoers are not"
        + " writers): run `sudo tailscale set --operator=$USER` once as this user, then try"
        + " again";
  }

  /** 401 or 403; 0 when the OS refused before any HTTP was spoken. */
  public int statusCode() {
    return statusCode;
  }

  /** The reason as tailscaled worded it (the body's error text), or the OS error. */
  public String serverMessage() {
    return serverMessage;
  }
}
