package com.maemuki.bridgelink.service.platform.windows;

import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Whether the windows-it tests run under Wine (scripts/checks/wine.sh), and a way to stop a test
 * where Wine has no equivalent: the test is then reported as aborted with the Wine behaviour named,
 * never as passed. On a real Windows machine nothing here changes what a test does.
 */
public final class UnderWine {
  private static final Optional<String> VERSION = detect();

  private UnderWine() {}

  /** Wine's version when this process runs under Wine (ntdll exports wine_get_version). */
  public static Optional<String> version() {
    return VERSION;
  }

  /** Aborts the calling test under Wine: "known Wine limitation: " + what Wine does instead. */
  public static void abortWhere(String wineBehaviour) {
    Assumptions.assumeTrue(
        VERSION.isEmpty(),
        () -> "known Wine limitation (Wine " + VERSION.orElse("") + "): " + wineBehaviour);
  }

  private static Optional<String> detect() {
    try {
      Function f = NativeLibrary.getInstance("ntdll").getFunction("wine_get_version");
      return Optional.of(f.invokeString(new Object[0], false));
    } catch (UnsatisfiedLinkError e) {
      return Optional.empty();
    }
  }
}
