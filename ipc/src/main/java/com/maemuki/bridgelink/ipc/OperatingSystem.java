package com.maemuki.bridgelink.ipc;

import java.util.Locale;
import java.util.Objects;

/**
 * The operating system this process runs on, as the JVM names it. {@link #current()} is the one
 * place in the product that reads {@code os.name} (ArchitectureTest holds it to that), so every
 * choice made by OS — transport, adapters, data directory, tray type — agrees within a process and
 * can be made for another OS in a test by passing {@link #of} a name. It lives in {@code ipc}
 * because that is the lowest module both processes share.
 *
 * @param name {@code os.name}, e.g. "Windows 11" or "Linux"
 * @param version {@code os.version}
 * @param arch {@code os.arch}
 */
public record OperatingSystem(String name, String version, String arch) {

  private static final OperatingSystem CURRENT =
      new OperatingSystem(
          System.getProperty("os.name", ""),
          System.getProperty("os.version", ""),
          System.getProperty("os.arch", ""));

  public OperatingSystem {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(arch, "arch");
  }

  /** This process's operating system, read once. */
  public static OperatingSystem current() {
    return CURRENT;
  }

  /** An operating system by its {@code os.name} alone (tests, and choices made for another OS). */
  public static OperatingSystem of(String name) {
    return new OperatingSystem(name, "", "");
  }

  public boolean isWindows() {
    return lower().startsWith("windows");
  }

  public boolean isLinux() {
    return lower().startsWith("linux");
  }

  public boolean isMac() {
    String os = lower();
    return os.startsWith("mac") || os.startsWith("darwin");
  }

  /** Name, version and architecture in one line, for diagnostics. */
  public String describe() {
    return name + " " + version + " " + arch;
  }

  private String lower() {
    return name.toLowerCase(Locale.ROOT);
  }
}
