package com.maemuki.bridgelink.ipc.transport.unix;

import java.nio.file.attribute.UserPrincipal;

/**
 * Numeric ids from the JDK's Unix principals. {@code SO_PEERCRED} yields principals built from the
 * peer's uid/gid; the JDK names them by the account name (or the number when there is none) and its
 * {@code UnixUserPrincipals.User.hashCode()} is that id. We read the number back from there rather
 * than opening {@code sun.nio.fs}; {@code UnixSocketTransportTest} pins the behaviour.
 */
final class UnixPrincipals {
  private static final String JDK_PRINCIPAL_CLASS = "sun.nio.fs.UnixUserPrincipals";

  private UnixPrincipals() {}

  /** The uid or gid behind {@code principal}, or -1 when it cannot be known. */
  static long idOf(UserPrincipal principal) {
    if (principal == null) {
      return -1;
    }
    String name = principal.getName();
    if (!name.isEmpty() && name.chars().allMatch(Character::isDigit) && name.length() < 10) {
      return Long.parseLong(name);
    }
    if (principal.getClass().getName().startsWith(JDK_PRINCIPAL_CLASS)) {
      return Integer.toUnsignedLong(principal.hashCode());
    }
    return -1;
  }
}
