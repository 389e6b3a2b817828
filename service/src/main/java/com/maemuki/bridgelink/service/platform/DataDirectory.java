package com.maemuki.bridgelink.service.platform;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the service keeps its state and logs, and where {@code config.json} lives. Windows: {@code
 * %ProgramData%\Maemuki\BridgeLink}; elsewhere {@code /var/lib/maemuki-bridge-link} for root and
 * {@code $XDG_STATE_HOME/maemuki-bridge-link} (or {@code ~/.local/state/…}) for a user. The {@code
 * BRIDGE_LINK_DATA_DIR} environment variable overrides all of them, and the {@code bridgelink.data}
 * system property overrides that (a JVM option: procrun, tests).
 */
public final class DataDirectory {

  public static final String OVERRIDE = "BRIDGE_LINK_DATA_DIR";

  /** The system property that overrides the data directory (and the default config file's). */
  public static final String PROPERTY = "bridgelink.data";

  /** The configuration file's name inside the data directory. */
  public static final String CONFIG_FILE = "config.json";

  private DataDirectory() {}

  public static Path resolve() {
    String property = System.getProperty(PROPERTY);
    if (property != null && !property.isBlank()) {
      return Path.of(property);
    }
    return resolve(
        Platforms.os().isWindows(), System.getenv(), System.getProperty("user.home"), isRoot());
  }

  static Path resolve(boolean windows, Map<String, String> env, String home, boolean root) {
    String override = env.get(OVERRIDE);
    if (override != null && !override.isBlank()) {
      return Path.of(override);
    }
    if (windows) {
      String programData = env.getOrDefault("ProgramData", "C:\\ProgramData");
      return Path.of(programData, "Maemuki", "BridgeLink");
    }
    if (root) {
      return Path.of("/var/lib/maemuki-bridge-link");
    }
    String state = env.get("XDG_STATE_HOME");
    if (state != null && !state.isBlank()) {
      return Path.of(state, "maemuki-bridge-link");
    }
    return Path.of(home, ".local", "state", "maemuki-bridge-link");
  }

  /**
   * The default {@code config.json}: in the data directory on every platform, one rule for the
   * README, {@code --help}, the MSI and the service.
   */
  public static Path defaultConfigFile() {
    return resolve().resolve(CONFIG_FILE);
  }

  public static Path logDirectory() {
    return resolve().resolve("logs");
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }
}
