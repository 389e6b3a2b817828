package com.maemuki.bridgelink.service.platform.linux;

import com.maemuki.bridgelink.service.platform.Unsupported;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Whether systemd manages this machine (the documented test: {@code /run/systemd/system} exists,
 * see sd_booted(3)) and where systemctl is. The root is a parameter so tests can build both cases.
 */
public final class SystemdDetection {

  static final List<String> SYSTEMCTL_PATHS = List.of("usr/bin/systemctl", "bin/systemctl");

  private SystemdDetection() {}

  /** The absolute systemctl path, or why service control is not available. */
  public static Result detect(Path root) {
    if (!Files.isDirectory(root.resolve("run/systemd/system"))) {
      return new Result(
          Optional.empty(),
          Optional.of(
              new Unsupported(
                  "Tailscale service control",
                  "systemd is not running (no /run/systemd/system), e.g. inside a container")));
    }
    for (String candidate : SYSTEMCTL_PATHS) {
      Path p = root.resolve(candidate);
      if (Files.isExecutable(p)) {
        return new Result(Optional.of(p.toAbsolutePath().toString()), Optional.empty());
      }
    }
    return new Result(
        Optional.empty(),
        Optional.of(
            new Unsupported(
                "Tailscale service control", "systemctl was not found in /usr/bin or /bin")));
  }

  /** Exactly one of the two is present. */
  public record Result(Optional<String> systemctl, Optional<Unsupported> unsupported) {}
}
