package com.maemuki.bridgelink.service.platform;

import com.maemuki.bridgelink.tailscale.process.CommandRunner;
import com.maemuki.bridgelink.tailscale.process.ProcessCommandRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * What the adapters need from the rest of the service.
 *
 * @param localApiAnswers true when tailscaled's LocalAPI answers a short request now (used after a
 *     start/restart to verify recovery)
 * @param dataDir the data directory (admin-only ACL on Windows)
 * @param installDir the install directory holding {@code powershell\}, or null when not installed
 * @param interfaceAlias the Tailscale adapter's alias, usually "Tailscale"
 * @param runner runs external programs
 * @param firewallDeadline how long a firewall script may run
 */
public record PlatformSettings(
    BooleanSupplier localApiAnswers,
    Path dataDir,
    Path installDir,
    String interfaceAlias,
    CommandRunner runner,
    Duration firewallDeadline) {

  public PlatformSettings {
    Objects.requireNonNull(localApiAnswers, "localApiAnswers");
    Objects.requireNonNull(dataDir, "dataDir");
    interfaceAlias = interfaceAlias == null ? "Tailscale" : interfaceAlias;
    Objects.requireNonNull(runner, "runner");
    firewallDeadline = firewallDeadline == null ? Duration.ofSeconds(90) : firewallDeadline;
  }

  /** Defaults: the real process runner, alias "Tailscale", 90 s firewall deadline. */
  public static PlatformSettings of(
      BooleanSupplier localApiAnswers, Path dataDir, Path installDir) {
    return new PlatformSettings(
        localApiAnswers, dataDir, installDir, "Tailscale", new ProcessCommandRunner(), null);
  }
}
