package com.maemuki.bridgelink.service.daemon;

import com.maemuki.bridgelink.ipc.transport.Transports;
import com.maemuki.bridgelink.service.config.ConfigManager;
import com.maemuki.bridgelink.service.config.ConfigOverrides;
import com.maemuki.bridgelink.service.config.MetricsConfig;
import com.maemuki.bridgelink.service.logging.LogFiles;
import com.maemuki.bridgelink.service.metrics.LinkMetrics;
import com.maemuki.bridgelink.service.metrics.MetricsExport;
import com.maemuki.bridgelink.service.monitor.EventLogListener;
import com.maemuki.bridgelink.service.monitor.LinkMonitor;
import com.maemuki.bridgelink.service.monitor.Snapshot;
import com.maemuki.bridgelink.service.monitor.sources.FirewallSource;
import com.maemuki.bridgelink.service.platform.DataDirectory;
import com.maemuki.bridgelink.service.platform.Platform;
import com.maemuki.bridgelink.service.platform.PlatformSettings;
import com.maemuki.bridgelink.service.platform.Platforms;
import com.maemuki.bridgelink.tailscale.process.ProcessCommandRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running monitor: configuration → sources → checks → damping → snapshot → listeners, plus
 * metrics, and (when an endpoint is given) the IPC server the tray and {@code status} talk to. The
 * service host starts one and closes it on stop; {@code bridge-link run} does the same in the
 * foreground. {@link #close()} returns within about a second.
 */
public final class BridgeLinkDaemon implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(BridgeLinkDaemon.class);

  private final ConfigManager configs;
  private final SourceWiring sources;
  private final LinkMonitor monitor;
  private final MetricsExport metrics;
  private final Platform platform;
  private final LocalApiClients repairClients;
  private final Path dataDir;
  private AutoCloseable policyWatch = () -> {};
  private DaemonIpc ipc;
  private String ipcProblem;

  private BridgeLinkDaemon(DaemonOptions options) throws IOException {
    configs =
        new ConfigManager(
            options.configFile(), options.configRequired(), options.policy(), options.overrides());
    // The one Platform of this process: the firewall source reads through it, the repairs act
    // through it, events go to its log and its watcher re-triggers the firewall source.
    dataDir = DataDirectory.resolve();
    repairClients = new LocalApiClients(configs::current);
    platform =
        Platforms.forThisMachine(
            new PlatformSettings(
                () -> DaemonIpc.answers(repairClients),
                dataDir,
                Platforms.installDir(),
                null,
                new ProcessCommandRunner(),
                null));
    AtomicReference<LinkMonitor> self = new AtomicReference<>();
    sources =
        new SourceWiring(
            configs,
            options.daemonControl(),
            platform.firewallReader(),
            () -> self.get() == null ? null : self.get().readings(),
            Clock.systemUTC());
    CheckEvaluator evaluator = new CheckEvaluator(configs::current);
    monitor =
        new LinkMonitor(
            sources.sources, evaluator, configs.current().damping(), SourceWiring.dependents());
    self.set(monitor);
    MetricsExport export;
    try {
      export = new MetricsExport(configs.current().metrics());
    } catch (IOException e) {
      // A taken port must not stop the monitor: report it and go on without the endpoint
      // (the OTLP push, if configured, still runs).
      log.error("metrics endpoint not started: {}", e.getMessage());
      MetricsConfig asked = configs.current().metrics();
      export =
          new MetricsExport(new MetricsConfig(MetricsConfig.defaults().prometheus(), asked.otlp()));
    }
    metrics = export;
    monitor.addListener(new LinkMetrics(metrics.registry()));
    monitor.addListener(new EventLogListener(platform.eventLog()));
    configs.addListener(
        cfg -> {
          monitor.reconfigure(cfg.damping());
          log.info("configuration changed: re-checking with {} peer(s)", cfg.peers().size());
        });
  }

  /** Builds and starts the monitor; sources begin at once. */
  public static BridgeLinkDaemon start(DaemonOptions options) throws IOException {
    BridgeLinkDaemon daemon = new BridgeLinkDaemon(options);
    daemon.monitor.start();
    // A firewall policy change re-reads the firewall at once (its poll is slow).
    daemon.policyWatch =
        daemon.platform.policyWatcher().start(() -> daemon.monitor.trigger(FirewallSource.NAME));
    if (options.ipcEndpoint() != null) {
      daemon.serveIpc(options);
    }
    log.info(
        "monitoring {} peer(s); config {}",
        daemon.configs.current().peers().size(),
        options.configFile() == null ? "(none)" : options.configFile());
    return daemon;
  }

  /**
   * The installed service's monitor: {@code config.json} in the data directory (optional), machine
   * policy, the platform's service manager, a rolling log file, and the IPC server on the
   * platform's endpoint ({@link Transports#forCurrentOs()}). An endpoint that cannot be opened is
   * logged as an error and the monitor runs without it. {@code
   * service.host.ServiceDaemons#forService} returns this.
   */
  public static BridgeLinkDaemon startForService() throws IOException {
    LogFiles.enable(DataDirectory.logDirectory());
    BridgeLinkDaemon daemon =
        start(
            new DaemonOptions(
                DataDirectory.defaultConfigFile(),
                false,
                Platforms.machinePolicy(),
                ConfigOverrides.none(),
                Platforms.daemonControl(),
                Transports.forCurrentOs()));
    daemon.ipcProblem().ifPresent(p -> log.error("IPC is off: {}", p));
    return daemon;
  }

  /** A taken or forbidden endpoint must not stop the monitor: say why and go on without IPC. */
  private void serveIpc(DaemonOptions options) {
    try {
      ipc =
          DaemonIpc.start(
              options.ipcEndpoint(),
              monitor,
              configs,
              platform,
              repairClients,
              dataDir,
              options.configFile());
    } catch (IOException | RuntimeException e) {
      ipcProblem = "cannot serve " + options.ipcEndpoint().describe() + ": " + reason(e);
      // INFO: `run` prints it as its own line; the service logs it as an error (startForService).
      log.info("IPC is off: {}", ipcProblem);
    }
  }

  /** Words for why an endpoint could not be opened (file exceptions carry only the path). */
  static String reason(Exception e) {
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() == null) {
      String what =
          e instanceof java.nio.file.NoSuchFileException
              ? "does not exist"
              : e instanceof java.nio.file.AccessDeniedException
                  ? "permission denied"
                  : e instanceof java.nio.file.FileAlreadyExistsException
                      ? "already exists"
                      : e.getClass().getSimpleName();
      return f.getFile() + ": " + what;
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** Where IPC clients connect, when the server runs. */
  public Optional<String> ipcEndpoint() {
    return Optional.ofNullable(ipc).map(DaemonIpc::endpoint);
  }

  /** Why IPC is off although an endpoint was asked for; empty when it runs or was not asked. */
  public Optional<String> ipcProblem() {
    return Optional.ofNullable(ipcProblem);
  }

  public LinkMonitor monitor() {
    return monitor;
  }

  public Snapshot snapshot() {
    return monitor.snapshot();
  }

  public ConfigManager config() {
    return configs;
  }

  public MetricsExport metrics() {
    return metrics;
  }

  @Override
  public void close() {
    long start = System.nanoTime();
    if (ipc != null) {
      ipc.close(); // clients first: nothing may call into the parts closed below
    }
    try {
      policyWatch.close();
    } catch (Exception e) {
      log.warn("stopping the firewall policy watcher: {}", e.toString());
    }
    monitor.close();
    sources.close();
    metrics.close();
    log.info("monitor stopped in {} ms", Duration.ofNanos(System.nanoTime() - start).toMillis());
  }
}
