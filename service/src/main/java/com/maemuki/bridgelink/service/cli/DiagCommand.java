package com.maemuki.bridgelink.service.cli;

import com.maemuki.bridgelink.service.config.BridgeLinkConfig;
import com.maemuki.bridgelink.service.config.ConfigManager;
import com.maemuki.bridgelink.service.config.ConfigOverrides;
import com.maemuki.bridgelink.service.config.PeerConfig;
import com.maemuki.bridgelink.service.diag.DiagnosticsBundle;
import com.maemuki.bridgelink.service.diag.DiagnosticsSources;
import com.maemuki.bridgelink.service.diag.ServiceDiagnostics;
import com.maemuki.bridgelink.service.platform.DataDirectory;
import com.maemuki.bridgelink.service.platform.Platform;
import com.maemuki.bridgelink.service.platform.PlatformSettings;
import com.maemuki.bridgelink.service.platform.Platforms;
import com.maemuki.bridgelink.service.repair.AuditLog;
import com.maemuki.bridgelink.tailscale.cli.TailscaleCli;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiClient;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiTransports;
import com.maemuki.bridgelink.tailscale.process.ProcessCommandRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bridge-link diag}: writes a diagnostics bundle and prints where it is. */
@Command(
    name = "diag",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a diagnostics zip (the running service's snapshot and findings, redacted config,",
      "recent logs, audit log, tailscale bugreport marker, netcheck, firewall summary, versions)",
      "into the data directory and prints its path; when the service cannot be reached the",
      "manifest says so. 'bridge-link analyze <zip>' reads it back."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:written", "1:the bundle could not be written", "64:bad command line"})
public final class DiagCommand implements Callable<Integer> {

  @Option(names = "--data-dir", description = "Data directory (default: the service's).")
  Path dataDir;

  @Option(names = "--config", description = "Configuration file (default: the service's).")
  Path config;

  @Spec CommandSpec spec;

  String socket;

  @Option(
      names = "--socket",
      description = "tailscaled's LocalAPI socket or pipe (default: the usual one).")
  void socket(String value) {
    socket = SocketOption.check(spec, value);
  }

  @Option(
      names = "--no-netcheck",
      description = "Skip 'tailscale netcheck' (it contacts Tailscale's relay servers).")
  boolean noNetcheck;

  @Option(
      names = "--ipc-socket",
      paramLabel = "PATH",
      description =
          "The running service's socket, asked for its snapshot and findings (default:"
              + " $BRIDGE_LINK_IPC_SOCKET, else the platform's).")
  Path ipcSocket;

  @Override
  public Integer call() {
    ServiceSnapshotFetch service = ServiceSnapshotFetch.fetch(ipcSocket);
    Path data = dataDir != null ? dataDir : DataDirectory.resolve();
    Path configFile = config != null ? config : DataDirectory.defaultConfigFile();
    BridgeLinkConfig cfg =
        new ConfigManager(
                Files.exists(configFile) ? configFile : null,
                false,
                Platforms.machinePolicy(),
                ConfigOverrides.none())
            .current();
    String address = socket != null ? socket : cfg.localApiSocket();
    LocalApiClient client = LocalApiTransports.clientFor(Platforms.localApiAddress(address));
    List<Integer> inbound =
        cfg.peers().stream().map(PeerConfig::localPorts).flatMap(List::stream).distinct().toList();
    ProcessCommandRunner runner = new ProcessCommandRunner();
    Platform platform =
        Platforms.forThisMachine(
            new PlatformSettings(() -> false, data, null, "Tailscale", runner, null));
    String version = BridgeLinkCommand.class.getPackage().getImplementationVersion();
    DiagnosticsSources sources =
        ServiceDiagnostics.sources(
            service.snapshotJson(),
            service.findingsJson(),
            configFile,
            DataDirectory.logDirectory(),
            data.resolve(AuditLog.FILE_NAME),
            client,
            platform.firewallReader(),
            inbound,
            noNetcheck
                ? java.util.Optional.empty()
                : Platforms.tailscaleCli()
                    .map(cli -> new TailscaleCli(cli, new ProcessCommandRunner())),
            ServiceDiagnostics.versions(version == null ? "development build" : version),
            service.trayLogs());
    ExecutorService executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "diag");
              t.setDaemon(true);
              return t;
            });
    try {
      Path bundle =
          new DiagnosticsBundle(executor, Duration.ofSeconds(45), Clock.systemUTC())
              .create(data, sources);
      System.out.println(bundle);
      if (!service.reached()) {
        System.err.println("bridge-link diag: " + service.unreachable() + "; the bundle says so");
      }
      return 0;
    } catch (java.io.IOException e) {
      System.err.println("bridge-link diag: cannot write the bundle: " + e.getMessage());
      return 1;
    } finally {
      executor.shutdownNow();
    }
  }
}
