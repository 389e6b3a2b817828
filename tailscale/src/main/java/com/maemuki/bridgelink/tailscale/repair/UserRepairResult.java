package com.maemuki.bridgelink.tailscale.repair;

/**
 * What a user repair did.
 *
 * @param ok it did what it set out to do (also when nothing needed doing)
 * @param message one sentence for the user
 * @param cleared the finding the repair was run for is gone: a re-check by the Bridge Link service
 *     saw it so ({@link UserRepairRunner#run(UserRepairId, UserRepairRequest, FindingRecheck)}); a
 *     change merely read back from tailscaled is not enough
 * @param page the web page it opened (or asked to open), or null
 * @param text the text it put on the clipboard, or null
 */
public record UserRepairResult(
    boolean ok, String message, boolean cleared, String page, String text) {

  public UserRepairResult {
    message = message == null ? "" : message;
  }

  public static UserRepairResult failed(String message) {
    return new UserRepairResult(false, message, false, null, null);
  }

  public static UserRepairResult done(String message) {
    return new UserRepairResult(true, message, false, null, null);
  }

  /** Done, and the change was read back from tailscaled (the runner's re-check decides cleared). */
  public static UserRepairResult verified(String message) {
    return new UserRepairResult(true, message, true, null, null);
  }

  UserRepairResult withPage(String opened) {
    return new UserRepairResult(ok, message, cleared, opened, text);
  }

  UserRepairResult withText(String copied) {
    return new UserRepairResult(ok, message, cleared, page, copied);
  }
}
