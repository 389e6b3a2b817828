package com.maemuki.bridgelink.tray.action;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds the service's jar folder, whose {@code bridge-link repair} command the tray runs as the
 * user. Installed, the tray's jars are in {@code <install>\lib\tray\} and the service's in {@code
 * <install>\lib\service\} (installer/src/wix); in a build tree they are {@code
 * tray/target/dist/lib} (or {@code tray/target/classes}) and {@code service/target/dist/lib}. The
 * system property {@value #PROPERTY} overrides both.
 */
public final class ServiceLibrary {

  public static final String PROPERTY = "bridgelink.service.lib";

  private static final Path DEV_LIB = Path.of("service", "target", "dist", "lib");

  /** How far up from the tray's code a build tree's root may be ({@code tray/target/dist/lib}). */
  private static final int DEV_LEVELS = 5;

  private ServiceLibrary() {}

  /**
   * @param property the value of {@value #PROPERTY}, or null
   * @param trayCode where the tray's classes came from (its jar, or a classes folder)
   * @param isDirectory the file system's answer (tests pass their own)
   */
  public static Optional<Path> locate(String property, Path trayCode, Predicate<Path> isDirectory) {
    if (property != null && !property.isBlank()) {
      Path given = Path.of(property.strip());
      return isDirectory.test(given) ? Optional.of(given) : Optional.empty();
    }
    if (trayCode == null) {
      return Optional.empty();
    }
    Path folder = isDirectory.test(trayCode) ? trayCode : trayCode.getParent();
    if (folder == null) {
      return Optional.empty();
    }
    Path lib = folder.getParent();
    if (named(folder, "tray") && lib != null && named(lib, "lib")) {
      Path installed = lib.resolve("service");
      if (isDirectory.test(installed)) {
        return Optional.of(installed);
      }
    }
    Path up = folder;
    for (int i = 0; i < DEV_LEVELS && up != null; i++, up = up.getParent()) {
      Path dev = up.resolve(DEV_LIB);
      if (isDirectory.test(dev)) {
        return Optional.of(dev);
      }
    }
    return Optional.empty();
  }

  private static boolean named(Path path, String name) {
    Path last = path.getFileName();
    return last != null && last.toString().equalsIgnoreCase(name);
  }
}
