package com.maemuki.bridgelink.tailscale.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds {@code tailscale} among the places its installers put it, by absolute path only: a service
 * running as SYSTEM or root must not trust whatever PATH says.
 */
public final class TailscaleCliLocator {

  private TailscaleCliLocator() {}

  /** The known install locations on an OS ({@code os.name}), most likely first. */
  public static List<Path> candidates(String osName, Map<String, String> environment) {
    String os = osName.toLowerCase(Locale.ROOT);
    List<Path> paths = new ArrayList<>();
    if (os.startsWith("windows")) {
      // The MSI installs into the native Program Files, which a 32-bit view calls ProgramW6432.
      for (String variable : List.of("ProgramFiles", "ProgramW6432")) {
        String base = environment.get(variable);
        if (base != null && !base.isBlank()) {
          paths.add(Path.of(base, "Tailscale", "tailscale.exe"));
        }
      }
      paths.add(Path.of("C:\\Program Files\\Tailscale\\tailscale.exe"));
    } else if (os.startsWith("mac")) {
      paths.add(Path.of("/usr/local/bin/tailscale"));
      paths.add(Path.of("/opt/homebrew/bin/tailscale"));
      paths.add(Path.of("/Applications/Tailscale.app/Contents/MacOS/Tailscale"));
    } else {
      paths.add(Path.of("/usr/bin/tailscale"));
      paths.add(Path.of("/usr/sbin/tailscale"));
      paths.add(Path.of("/usr/local/bin/tailscale"));
      paths.add(Path.of("/usr/local/sbin/tailscale"));
      paths.add(Path.of("/var/packages/Tailscale/target/bin/tailscale"));
    }
    return paths.stream().distinct().toList();
  }

  /** The first candidate that is an executable file. */
  public static Optional<Path> find(
      String osName, Map<String, String> environment, Predicate<Path> isExecutable) {
    return candidates(osName, environment).stream().filter(isExecutable).findFirst();
  }
}
