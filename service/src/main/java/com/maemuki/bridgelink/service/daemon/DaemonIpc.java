package com.maemuki.bridgelink.service.daemon;

import com.maemuki.bridgelink.ipc.contract.ContractJson;
import com.maemuki.bridgelink.ipc.contract.NotificationSettings;
import com.maemuki.bridgelink.ipc.transport.IpcTransport;
import com.maemuki.bridgelink.service.config.BridgeLinkConfig;
import com.maemuki.bridgelink.service.config.ConfigManager;
import com.maemuki.bridgelink.service.config.NotificationPolicy;
import com.maemuki.bridgelink.service.diag.DiagnosticsBundle;
import com.maemuki.bridgelink.service.diag.DiagnosticsSources;
import com.maemuki.bridgelink.service.diag.ServiceDiagnostics;
import com.maemuki.bridgelink.service.diag.TrayLogFolders;
import com.maemuki.bridgelink.service.diag.TrayLogs;
import com.maemuki.bridgelink.service.ipc.AuthorizationPolicy;
import com.maemuki.bridgelink.service.ipc.Authorizer;
import com.maemuki.bridgelink.service.ipc.EventHub;
import com.maemuki.bridgelink.service.ipc.IpcServer;
import com.maemuki.bridgelink.service.ipc.IpcServerConfig;
import com.maemuki.bridgelink.service.ipc.ServiceMethods;
import com.maemuki.bridgelink.service.monitor.ActiveFinding;
import com.maemuki.bridgelink.service.monitor.LinkMonitor;
import com.maemuki.bridgelink.service.monitor.SnapshotJson;
import com.maemuki.bridgelink.service.platform.DataDirectory;
import com.maemuki.bridgelink.service.platform.Platform;
import com.maemuki.bridgelink.service.platform.Platforms;
import com.maemuki.bridgelink.service.platform.firewall.PortAllowlist;
import com.maemuki.bridgelink.service.repair.AuditLog;
import com.maemuki.bridgelink.service.repair.IpcRepairs;
import com.maemuki.bridgelink.service.repair.RepairRegistry;
import com.maemuki.bridgelink.service.repair.ServiceRepairs;
import com.maemuki.bridgelink.tailscale.cli.TailscaleCli;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiException;
import com.maemuki.bridgelink.tailscale.process.ProcessCommandRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * The monitor served over IPC: the server on one endpoint with the product's method table over a
 * {@link MonitorFacade} whose repairs are the platform's service repairs (through one {@link
 * RepairRegistry}, audited to {@code audit.jsonl} in the data directory with the caller the OS
 * named) and whose diagnostics bundles are those of {@code bridge-link diag}. Snapshots,
 * transitions and repair progress reach subscribers as events. Who is an operator comes from the
 * live configuration's {@code operatorsGroup} and {@code allowUserRepair} (machine policy {@code
 * OperatorsGroup} / {@code AllowUserRepair} override them), read at every request.
 */
final class DaemonIpc implements AutoCloseable {

  /** How long one service repair may take: above the firewall scripts' 90 s deadline. */
  static final Duration REPAIR_DEADLINE = Duration.ofSeconds(100);

  /**
   * The most a repair's re-check may take. At default intervals a fix is verified within about a
   * second (one fresh run of the finding's sources, then the damped clear two confirm delays later)
   * and "still there" within a fresh run plus one confirm delay; the bound only matters when the
   * sources themselves are slow (probe and PowerShell deadlines), and then says "unverified".
   */
  static final Duration RECHECK_BOUND = Duration.ofSeconds(15);

  private static final Duration DIAG_PART_DEADLINE = Duration.ofSeconds(45);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ExecutorService workers =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "ipc-work");
            t.setDaemon(true);
            return t;
          });
  private final IpcServer server;

  private DaemonIpc(
      IpcTransport endpoint,
      LinkMonitor monitor,
      ConfigManager configs,
      Platform platform,
      LocalApiClients clients,
      Path dataDir,
      Path configFile) {
    Supplier<BridgeLinkConfig> config = configs::current;
    AuditLog audit = new AuditLog(dataDir);
    RepairRegistry registry =
        new RepairRegistry(
            workers,
            audit,
            platform.eventLog(),
            new MonitorRecheck(monitor, RECHECK_BOUND),
            REPAIR_DEADLINE,
            Clock.systemUTC());
    ServiceRepairs.create(platform, () -> new PortAllowlist(SourceWiring.localPorts(config.get())))
        .forEach(registry::register);
    IpcRepairs repairs =
        new IpcRepairs(
            registry,
            () -> monitor.snapshot().findings().stream().map(ActiveFinding::finding).toList());
    String version = version();
    DiagnosticsBundle bundle =
        new DiagnosticsBundle(workers, DIAG_PART_DEADLINE, Clock.systemUTC());
    MonitorFacade facade =
        new MonitorFacade(
            monitor,
            repairs,
            () -> {
              DiagnosticsSources sources =
                  ServiceDiagnostics.sources(
                      () -> SnapshotJson.toJson(SnapshotJson.snapshot(monitor.snapshot())),
                      () -> findingsJson(monitor),
                      configFile,
                      DataDirectory.logDirectory(),
                      audit.file(),
                      clients.get(),
                      platform.firewallReader(),
                      SourceWiring.localPorts(config.get()),
                      Platforms.tailscaleCli()
                          .map(
                              cli ->
                                  new TailscaleCli(
                                      cli,
                                      new ProcessCommandRunner(),
                                      Optional.of(clients.endpoint()),
                                      TailscaleCli.Deadlines.DEFAULT)),
                      ServiceDiagnostics.versions(version),
                      () ->
                          TrayLogs.read(
                              TrayLogFolders.of(
                                  trayUsers(),
                                  Platforms.os().isWindows(),
                                  Platforms.homeLookup())));
              synchronized (bundle) { // one bundle at a time; the newest few are kept
                return bundle.create(dataDir, sources);
              }
            },
            () -> settings(config.get(), clients));
    EventHub hub = new EventHub();
    facade.publishTo(hub);
    server =
        new IpcServer(
            endpoint,
            IpcServerConfig.defaults(version),
            ServiceMethods.dispatcher(facade, hub, new AuditTrail(audit), Clock.systemUTC()),
            new Authorizer(() -> policy(config.get()), Platforms.groupLookup()),
            hub);
  }

  /** Asked only when a bundle is made, so after the constructor set {@code server}. */
  private java.util.List<com.maemuki.bridgelink.ipc.transport.PeerIdentity> trayUsers() {
    return server.trayUsers();
  }

  /**
   * Serves the monitor on {@code endpoint}.
   *
   * @throws IOException when the endpoint cannot be opened (taken by another instance, no
   *     permission); nothing is left running then
   */
  static DaemonIpc start(
      IpcTransport endpoint,
      LinkMonitor monitor,
      ConfigManager configs,
      Platform platform,
      LocalApiClients clients,
      Path dataDir,
      Path configFile)
      throws IOException {
    DaemonIpc ipc =
        new DaemonIpc(endpoint, monitor, configs, platform, clients, dataDir, configFile);
    try {
      ipc.server.start();
    } catch (IOException | RuntimeException e) {
      ipc.close();
      throw e;
    }
    return ipc;
  }

  String endpoint() {
    return server.endpoint();
  }

  static AuthorizationPolicy policy(BridgeLinkConfig config) {
    return new AuthorizationPolicy(
        Optional.ofNullable(config.operatorsGroup()), config.allowUserRepair());
  }

  /** Whether tailscaled answers a short status request now (a repair's recovery check). */
  static boolean answers(LocalApiClients clients) {
    try {
      clients.get().status(false);
      return true;
    } catch (LocalApiException | RuntimeException e) {
      return false;
    }
  }

  private static String findingsJson(LinkMonitor monitor) {
    ArrayNode findings = JSON.createArrayNode();
    monitor
        .snapshot()
        .findings()
        .forEach(f -> findings.add(ContractJson.write(SnapshotJson.finding(f))));
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(findings);
  }

  /** The configuration's notification policy and the endpoint the monitor's client dials. */
  private static MonitorFacade.Settings settings(BridgeLinkConfig config, LocalApiClients clients) {
    NotificationPolicy policy = config.notifications();
    return new MonitorFacade.Settings(
        new NotificationSettings(policy.minSeverity().wireName(), policy.notifyOnClear()),
        clients.endpoint(),
        ProcessHandle.current().pid());
  }

  private static String version() {
    String v = DaemonIpc.class.getPackage().getImplementationVersion();
    return v == null ? "development build" : v;
  }

  /** Closes the endpoint and disconnects every client first, then stops repair and diag work. */
  @Override
  public void close() {
    server.close();
    workers.shutdownNow();
  }
}
