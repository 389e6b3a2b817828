package com.maemuki.bridgelink.tailscale.repair;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why tailscaled on Windows refused a user's request, read from its words (a 401 body, or the
 * {@code ErrMessage} of a {@code watch-ipn-bus} InUseOtherUser line):
 *
 * <ul>
 *   <li>{@link Kind#HELD} "Tailscale already in use by NAME, pid N": a request of another account
 *       is in flight ({@code ipn/ipnserver/server.go checkConnIdentityLocked}). When that is the
 *       service's own short request, trying again a moment later succeeds.
 *   <li>{@link Kind#SERVER_MODE} "Tailscale running in server mode ("OWNER"); connection from "ME"
 *       not allowed": Run Unattended is on and the profile is OWNER's ({@code ipn/ipnlocal/local.go
 *       CheckIPNConnectionAllowed}). Only OWNER can change anything.
 *   <li>{@link Kind#OTHER_USER} "Tailscale already in use ("A"); connection from "B" not allowed":
 *       another Windows user is the current one (same function).
 * </ul>
 *
 * @param name the account named (the holder, the owner, or the current user)
 * @param pid the holder's process id for {@link Kind#HELD}, else 0
 */
public record InUseRefusal(Kind kind, String name, long pid) {

  /** What kind of refusal. */
  public enum Kind {
    HELD,
    SERVER_MODE,
    OTHER_USER
  }

  private static final Pattern HELD =
      Pattern.compile("Tailscale already in use by (.+?), pid (\\d+)");
  private static final Pattern CURRENT =
      Pattern.compile("Tailscale (running in server mode|already in use) \\(\"(.*?)\"\\);");

  /** The refusal in {@code message}, or empty when it is another error. */
  public static Optional<InUseRefusal> parse(String message) {
    if (message == null) {
      return Optional.empty();
    }
    Matcher held = HELD.matcher(message);
    if (held.find()) {
      return Optional.of(new InUseRefusal(Kind.HELD, held.group(1), Long.parseLong(held.group(2))));
    }
    Matcher current = CURRENT.matcher(message);
    if (current.find()) {
      Kind kind = current.group(1).startsWith("running") ? Kind.SERVER_MODE : Kind.OTHER_USER;
      return Optional.of(new InUseRefusal(kind, current.group(2), 0));
    }
    return Optional.empty();
  }

  /**
   * Whether a moment's wait will do: a request of the service itself is in flight. Without the
   * service's PID (the command line), any LocalSystem holder counts ("NT AUTHORITY\SYSTEM" in
   * English; the domain part is localised).
   */
  public boolean passing(long servicePid) {
    if (kind != Kind.HELD) {
      return false;
    }
    return servicePid > 0 ? pid == servicePid : name.endsWith("\\SYSTEM");
  }

  /** What the user is told when waiting did not help, or cannot. */
  public String advice() {
    return switch (kind) {
      case SERVER_MODE ->
          "Tailscale runs unattended (Run Unattended is on) for "
              + name
              + ", and only that account can change it: sign in to Windows as "
              + name
              + " and try again.";
      case OTHER_USER ->
          "Tailscale is in use by "
              + name
              + " (another Windows user): try again once they have signed out.";
      case HELD ->
          "Tailscale is busy with a request of "
              + name
              + " (pid "
              + pid
              + ") and refused this one; try again in a moment.";
    };
  }
}
