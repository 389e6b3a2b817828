package com.maemuki.bridgelink.service.cli;

import com.maemuki.bridgelink.service.platform.DataDirectory;

/**
 * Defaults that depend on the machine (platform, user, environment), put where {@code --help} can
 * show them: picocli's {@code ${DEFAULT-VALUE}} would print "null" for an option whose default is
 * decided at run time, so the help text reads these system properties instead.
 */
final class HelpDefaults {

  /** The system property holding the default {@code config.json} path. */
  static final String CONFIG_FILE = "bridgelink.help.config";

  private HelpDefaults() {}

  static void publish() {
    System.setProperty(CONFIG_FILE, DataDirectory.defaultConfigFile().toString());
  }
}
