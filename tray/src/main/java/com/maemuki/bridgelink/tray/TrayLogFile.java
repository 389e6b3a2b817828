package com.maemuki.bridgelink.tray;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the tray's rolling log lives: a fixed per-user place, because the service's diagnostics
 * bundle looks for it there (do not move it without changing the bundle). {@code
 * %LOCALAPPDATA%\Maemuki\BridgeLink\logs\tray.log} on Windows, {@code
 * $XDG_STATE_HOME/bridge-link/logs/tray.log} elsewhere ({@code ~/.local/state} when unset, as the
 * XDG base directory spec says). The folder reaches {@code logback.xml} as the system property
 * {@value #DIR_PROPERTY}, set before the first log line; set on the command line, it wins (tests).
 */
final class TrayLogFile {
  static final String DIR_PROPERTY = "bridgelink.tray.log.dir";
  static final String FILE_NAME = "tray.log";

  private TrayLogFile() {}

  /** The folder of {@code tray.log} for this OS, environment and home directory. */
  static Path defaultDir(String osName, Map<String, String> env, String userHome) {
    if (osName != null && osName.startsWith("Windows")) {
      String local = env.get("LOCALAPPDATA");
      Path base =
          local == null || local.isBlank() ? Path.of(userHome, "AppData", "Local") : Path.of(local);
      return base.resolve("Maemuki").resolve("BridgeLink").resolve("logs");
    }
    String state = env.get("XDG_STATE_HOME");
    // The spec ignores a relative value: it would depend on the directory the tray started in.
    Path base =
        state == null || state.isBlank() || !Path.of(state).isAbsolute()
            ? Path.of(userHome, ".local", "state")
            : Path.of(state);
    return base.resolve("bridge-link").resolve("logs");
  }

  /**
   * Sets {@value #DIR_PROPERTY} unless it is set already; must run before anything logs, since
   * logback reads its configuration once, at the first logger.
   *
   * @return the folder the log goes to
   */
  static Path configure(String osName, Map<String, String> env, String userHome) {
    String given = System.getProperty(DIR_PROPERTY);
    if (given != null && !given.isBlank()) {
      return Path.of(given);
    }
    Path dir = defaultDir(osName, env, userHome);
    System.setProperty(DIR_PROPERTY, dir.toString());
    return dir;
  }
}
