package com.maemuki.bridgelink.service.cli;

import com.maemuki.bridgelink.ipc.client.IpcException;
import com.maemuki.bridgelink.ipc.client.IpcSession;
import com.maemuki.bridgelink.ipc.client.SessionOptions;
import com.maemuki.bridgelink.ipc.contract.ContractJson;
import com.maemuki.bridgelink.ipc.contract.IpcMethod;
import com.maemuki.bridgelink.ipc.contract.SnapshotData;
import com.maemuki.bridgelink.service.cli.status.SnapshotText;
import com.maemuki.bridgelink.service.cli.status.StatusEndpoint;
import com.maemuki.bridgelink.service.cli.status.StatusWatch;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bridge-link status}: asks the running service for its snapshot over the local IPC and
 * prints it like {@code tailscale status}; {@code --watch} follows its events. The exit status says
 * whether the service answered, not how healthy the link is ({@code doctor} does that).
 */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description =
        "Show what the running Bridge Link service sees: the overall state, each peer (IPs,"
            + " online, path and DERP region, latency, port probes) and the active findings with"
            + " their remedies and who can fix them. With --watch, follow changes until Ctrl-C.",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:the service answered and its status was printed",
      "1:the service is not running or cannot be reached (one line on stderr says why)",
      "64:bad command line",
    },
    footer = {
      "%nThe exit status says whether the service answered, not how healthy the link is;",
      "findings never change it. Use `bridge-link doctor` for an exit status by severity."
    })
public final class StatusCommand implements Callable<Integer> {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--json",
      description = "Print the snapshot JSON as received (with --watch: one event per line).")
  boolean json;

  @Option(names = "--watch", description = "Follow the service's events until Ctrl-C.")
  boolean watch;

  @Option(
      names = "--ipc-socket",
      paramLabel = "PATH",
      description =
          "The service's socket (default: $BRIDGE_LINK_IPC_SOCKET, else the platform default).")
  Path ipcSocket;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    StatusEndpoint endpoint = StatusEndpoint.of(ipcSocket);
    SessionOptions options = SessionOptions.of("bridge-link-status");
    if (watch) {
      StatusWatch follower =
          new StatusWatch(
              endpoint, options, json, out, err, Clock.systemUTC(), ZoneId.systemDefault());
      if (System.console() != null) {
        follower.redrawing(); // a terminal: redraw in place rather than scroll
      }
      Thread hook = new Thread(follower::stop, "bridge-link-status-stop");
      Runtime.getRuntime().addShutdownHook(hook);
      return follower.run();
    }
    JsonNode snapshot;
    try (IpcSession session = endpoint.open(options)) {
      snapshot = session.call(IpcMethod.STATUS_GET.wireName(), null);
    } catch (IpcException e) {
      err.println(endpoint.problem(e));
      err.flush();
      return 1;
    }
    out.print(
        json
            ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(snapshot) + "\n"
            : SnapshotText.render(
                ContractJson.read(snapshot, SnapshotData.class), ZoneId.systemDefault()));
    out.flush();
    return 0;
  }
}
