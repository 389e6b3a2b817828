package com.maemuki.bridgelink.service.platform.windows;

import com.maemuki.bridgelink.ipc.transport.PeerIdentity;
import com.maemuki.bridgelink.service.platform.HomeLookup;
import com.sun.jna.platform.win32.Advapi32Util;
import com.sun.jna.platform.win32.Win32Exception;
import com.sun.jna.platform.win32.WinReg;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A Windows user's profile folder: {@code ProfileImagePath} of the caller's SID under
 * HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\ProfileList (REG_EXPAND_SZ, usually {@code
 * %SystemDrive%\Users\name}). Thin: the expansion is {@link #expand}, unit-tested.
 */
public final class ProfileListHomeLookup implements HomeLookup {
  private static final String PROFILE_LIST =
      "SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList\\";

  @Override
  public Optional<Path> homeOf(PeerIdentity user) {
    if (!user.userSid().startsWith("S-1-")) {
      return Optional.empty();
    }
    try {
      String raw =
          Advapi32Util.registryGetStringValue(
              WinReg.HKEY_LOCAL_MACHINE, PROFILE_LIST + user.userSid(), "ProfileImagePath");
      return expand(raw, System.getenv()).map(Path::of);
    } catch (Win32Exception | UnsupportedOperationException e) {
      return Optional.empty();
    }
  }

  /** Expands {@code %NAME%} references from {@code env}; empty when one is unknown. */
  public static Optional<String> expand(String raw, Map<String, String> env) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < raw.length()) {
      int start = raw.indexOf('%', i);
      int end = start < 0 ? -1 : raw.indexOf('%', start + 1);
      if (end < 0) {
        out.append(raw, i, raw.length());
        break;
      }
      String value =
          env.entrySet().stream()
              .filter(e -> e.getKey().equalsIgnoreCase(raw.substring(start + 1, end)))
              .map(Map.Entry::getValue)
              .findFirst()
              .orElse(null);
      if (value == null) {
        return Optional.empty();
      }
      out.append(raw, i, start).append(value);
      i = end + 1;
    }
    return Optional.of(out.toString());
  }
}
