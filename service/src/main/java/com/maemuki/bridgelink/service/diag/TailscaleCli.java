package com.maemuki.bridgelink.service.diag;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the {@code tailscale} CLI is, by absolute path only (a SYSTEM service never searches PATH):
 * Tailscale's install directory under Program Files on Windows, the packaged locations on Linux.
 */
public final class TailscaleCli {

  private TailscaleCli() {}

  static List<Path> candidates(String osName, Map<String, String> env) {
    List<Path> out = new ArrayList<>();
    if (osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
      for (String var : List.of("ProgramW6432", "ProgramFiles")) {
        String dir = env.get(var);
        if (dir != null && !dir.isBlank()) {
          out.add(Path.of(dir, "Tailscale", "tailscale.exe"));
        }
      }
      out.add(Path.of("C:\\Program Files\\Tailscale\\tailscale.exe"));
    } else {
      out.add(Path.of("/usr/bin/tailscale"));
      out.add(Path.of("/usr/sbin/tailscale"));
      out.add(Path.of("/usr/local/bin/tailscale"));
      out.add(Path.of("/opt/homebrew/bin/tailscale"));
    }
    return out;
  }

  /** The first executable candidate for this machine. */
  public static Optional<Path> find() {
    return candidates(System.getProperty("os.name", ""), System.getenv()).stream()
        .filter(p -> p.isAbsolute() && Files.isExecutable(p))
        .findFirst();
  }
}
