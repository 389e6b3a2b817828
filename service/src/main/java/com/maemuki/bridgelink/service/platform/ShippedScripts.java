package com.maemuki.bridgelink.service.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Finds the directory with the shipped PowerShell scripts. The installer lays them down under the
 * install directory ({@code <install>\powershell}, admin-writable only), which is preferred. When
 * they are missing there (a developer run), they are written from the service jar into a fallback
 * directory, overwriting whatever was there; that directory must be writable only by administrators
 * and SYSTEM (the data directory's ACL), since the scripts run as SYSTEM.
 */
public final class ShippedScripts {

  /** Where the scripts sit inside the service jar. */
  static final String RESOURCE_DIR = "/powershell/";

  private ShippedScripts() {}

  /**
   * @param installed the installed script directory, or null
   * @param fallback where to write the scripts when the installed ones are incomplete
   * @param names the script file names needed
   */
  public static Path locate(Path installed, Path fallback, List<String> names) throws IOException {
    if (installed != null
        && names.stream().allMatch(n -> Files.isRegularFile(installed.resolve(n)))) {
      return installed.toAbsolutePath();
    }
    Files.createDirectories(fallback);
    for (String name : names) {
      try (InputStream in = ShippedScripts.class.getResourceAsStream(RESOURCE_DIR + name)) {
        if (in == null) {
          throw new IOException("the service jar lacks " + RESOURCE_DIR + name);
        }
        Files.copy(in, fallback.resolve(name), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return fallback.toAbsolutePath();
  }
}
