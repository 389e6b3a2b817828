package com.maemuki.bridgelink.service.platform;

import com.maemuki.bridgelink.ipc.OperatingSystem;
import com.maemuki.bridgelink.ipc.transport.unix.GroupDatabase;
import com.maemuki.bridgelink.service.config.MachinePolicy;
import com.maemuki.bridgelink.service.platform.firewall.PowerShellCommands;
import com.maemuki.bridgelink.service.platform.linux.FileMachinePolicy;
import com.maemuki.bridgelink.service.platform.linux.GroupFileLookup;
import com.maemuki.bridgelink.service.platform.linux.PasswdHomeLookup;
import com.maemuki.bridgelink.service.platform.linux.SystemctlServiceOps;
import com.maemuki.bridgelink.service.platform.linux.SystemdDetection;
import com.maemuki.bridgelink.service.platform.windows.AccountGroupLookup;
import com.maemuki.bridgelink.service.platform.windows.PowerShellFirewall;
import com.maemuki.bridgelink.service.platform.windows.ProfileListHomeLookup;
import com.maemuki.bridgelink.service.platform.windows.RegistryMachinePolicy;
import com.maemuki.bridgelink.service.platform.windows.RegistryPolicyWatcher;
import com.maemuki.bridgelink.service.platform.windows.ScmServiceOps;
import com.maemuki.bridgelink.service.platform.windows.WindowsEventLogSink;
import com.maemuki.bridgelink.tailscale.cli.TailscaleCliLocator;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiAddress;
import com.maemuki.bridgelink.tailscale.process.ProcessCommandRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The one place that picks OS adapters; everything else asks here and sees only the ports.
 * Constructing the Windows adapters makes no native call (they bind on first use), so nothing here
 * fails at start-up; a capability that cannot work is an {@code Unsupported…} value carrying its
 * cause.
 */
public final class Platforms {

  /** The Windows service name of tailscaled. */
  public static final String WINDOWS_SERVICE = "Tailscale";

  /** The systemd unit of tailscaled. */
  public static final String SYSTEMD_UNIT = "tailscaled.service";

  private Platforms() {}

  /**
   * The operating system the service's process runs on: everything in the service that differs by
   * OS asks here, so one value decides them all.
   */
  public static OperatingSystem os() {
    return OperatingSystem.current();
  }

  private static boolean isWindows() {
    return os().isWindows();
  }

  /** tailscaled's LocalAPI at the configured socket or pipe, else where this OS puts it. */
  public static LocalApiAddress localApiAddress(String configured) {
    return configured != null && !configured.isBlank()
        ? LocalApiAddress.parse(configured)
        : LocalApiAddress.defaultFor(os().name(), Files::exists);
  }

  /** The {@code tailscale} CLI on this machine, found by absolute path only. */
  public static Optional<Path> tailscaleCli() {
    return TailscaleCliLocator.find(
        os().name(), System.getenv(), p -> Files.isRegularFile(p) && Files.isExecutable(p));
  }

  /**
   * tailscaled's service as the OS service manager sees it: the SCM on Windows; systemd where it
   * runs; elsewhere nothing (the LocalAPI alone decides).
   */
  public static DaemonControl daemonControl() {
    if (isWindows()) {
      return new ScmServiceOps(WINDOWS_SERVICE);
    }
    SystemdDetection.Result systemd = SystemdDetection.detect(Path.of("/"));
    if (systemd.systemctl().isPresent()) {
      return new SystemctlServiceOps(
          new ProcessCommandRunner(), systemd.systemctl().get(), SYSTEMD_UNIT);
    }
    return new TailscaledBinaries();
  }

  /** The machine policy store: the registry on Windows, a properties file elsewhere. */
  public static MachinePolicy machinePolicy() {
    return isWindows()
        ? new RegistryMachinePolicy()
        : new FileMachinePolicy(FileMachinePolicy.DEFAULT);
  }

  /**
   * Finds the configured operators group: LookupAccountName/Sid on Windows, the group file
   * elsewhere (the one the socket transport reads callers' groups from).
   */
  public static GroupLookup groupLookup() {
    return isWindows() ? new AccountGroupLookup() : new GroupFileLookup(GroupDatabase::system);
  }

  /** Finds a tray user's home or profile folder (the diagnostics bundle's tray logs). */
  public static HomeLookup homeLookup() {
    return isWindows()
        ? new ProfileListHomeLookup()
        : new PasswdHomeLookup(PasswdHomeLookup.SYSTEM);
  }

  /** This machine's firewall reader (the monitor's firewall source); cheap off Windows. */
  public static FirewallReader firewallReader(Path dataDir) {
    return forThisMachine(PlatformSettings.of(() -> false, dataDir, installDir())).firewallReader();
  }

  /**
   * The install directory, from the {@code bridgelink.home} system property the launcher and
   * procrun set; null when not installed.
   */
  public static Path installDir() {
    String home = System.getProperty("bridgelink.home");
    return home == null || home.isBlank() ? null : Path.of(home);
  }

  /** The adapters for the machine this JVM runs on. */
  public static Platform forThisMachine(PlatformSettings settings) {
    return forOs(os(), Path.of("/"), settings);
  }

  /**
   * The adapters for {@code osName}.
   *
   * @param root the file-system root where Linux facts (/run/systemd/system) are looked up
   */
  public static Platform forOs(OperatingSystem os, Path root, PlatformSettings settings) {
    if (os.isWindows()) {
      return windows(settings);
    }
    if (os.isLinux()) {
      return linux(root, settings);
    }
    String osName = os.name();
    Unsupported control =
        new Unsupported("Tailscale service control", "not supported on " + osName);
    return new Platform(
        osName,
        new UnsupportedServiceControl(control),
        NotApplicableFirewall.on(osName),
        NotApplicableFirewall.on(osName),
        new LoggingEventLogSink(),
        PolicyChangeWatcher.NONE);
  }

  private static Platform windows(PlatformSettings settings) {
    TailscaleServiceControl control =
        new WaitingServiceControl(
            new ScmServiceOps(WINDOWS_SERVICE), settings.localApiAnswers(), Pacer.SYSTEM);
    Path installed =
        settings.installDir() == null ? null : settings.installDir().resolve("powershell");
    FirewallReader reader;
    FirewallEditor editor;
    try {
      Path scripts =
          ShippedScripts.locate(
              installed, settings.dataDir().resolve("scripts"), PowerShellCommands.SCRIPTS);
      PowerShellFirewall firewall =
          new PowerShellFirewall(
              settings.runner(),
              new PowerShellCommands(
                  PowerShellCommands.windowsPowerShell(System.getenv("SystemRoot")),
                  scripts.toString(),
                  settings.interfaceAlias()),
              settings.firewallDeadline());
      reader = firewall;
      editor = firewall;
    } catch (IOException | IllegalArgumentException e) {
      NotApplicableFirewall missing =
          new NotApplicableFirewall(new Unsupported("Windows Firewall inspection", e.getMessage()));
      reader = missing;
      editor = missing;
    }
    return new Platform(
        "windows", control, reader, editor, new WindowsEventLogSink(), new RegistryPolicyWatcher());
  }

  private static Platform linux(Path root, PlatformSettings settings) {
    SystemdDetection.Result systemd = SystemdDetection.detect(root);
    TailscaleServiceControl control =
        systemd.unsupported().isPresent()
            ? new UnsupportedServiceControl(systemd.unsupported().get())
            : new WaitingServiceControl(
                new SystemctlServiceOps(settings.runner(), systemd.systemctl().get(), SYSTEMD_UNIT),
                settings.localApiAnswers(),
                Pacer.SYSTEM);
    NotApplicableFirewall firewall = NotApplicableFirewall.on("Linux");
    return new Platform(
        "linux", control, firewall, firewall, new LoggingEventLogSink(), PolicyChangeWatcher.NONE);
  }
}
