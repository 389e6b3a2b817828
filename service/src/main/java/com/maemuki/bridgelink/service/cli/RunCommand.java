package com.maemuki.bridgelink.service.cli;

import com.maemuki.bridgelink.ipc.transport.IpcTransport;
import com.maemuki.bridgelink.ipc.transport.Transports;
import com.maemuki.bridgelink.service.daemon.BridgeLinkDaemon;
import com.maemuki.bridgelink.service.logging.LogFiles;
import com.maemuki.bridgelink.service.platform.DataDirectory;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bridge-link run}: the monitor in the foreground with a live view, until Ctrl-C or SIGTERM
 * (a shutdown hook stops the monitor, which takes well under 2 s). It serves IPC (the tray, {@code
 * status}) on the platform's endpoint or {@code --ipc-socket}; when that endpoint cannot be opened
 * it says so in one line and monitors without it.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Watch this machine's Tailscale link in the foreground: peers, findings and remedies,",
      "redrawn on change (plain appended lines when stdout is not a terminal). Ctrl-C stops."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:stopped by Ctrl-C or SIGTERM", "64:bad command line"})
public final class RunCommand implements Callable<Integer> {

  @Mixin MonitorOptions options = new MonitorOptions();

  @Option(names = "--plain", description = "Append lines instead of redrawing, even on a terminal.")
  boolean plain;

  @Option(
      names = "--ipc-socket",
      paramLabel = "PATH",
      description =
          "Serve the tray and 'status' on this Unix socket (default: the platform's endpoint, "
              + "as 'status' finds it).")
  Path ipcSocket;

  @Option(names = "--no-ipc", description = "Do not serve IPC clients.")
  boolean noIpc;

  @Override
  public Integer call() throws Exception {
    PrintStream out = System.out;
    StopSignals signals = StopSignals.install();
    boolean terminal = !plain && System.console() != null;
    if (terminal) {
      LogFiles.consoleOff();
    } else {
      LogFiles.quietConsole();
    }
    Path logFile = LogFiles.enable(DataDirectory.logDirectory());
    BridgeLinkDaemon daemon = BridgeLinkDaemon.start(options.toDaemonOptions().withIpc(endpoint()));
    // Other ways to end the JVM (SIGHUP, a logoff on Windows) still stop the monitor cleanly; and
    // whatever fails below closes it too, so no socket is left behind that nothing answers on.
    AtomicBoolean closed = new AtomicBoolean();
    Runnable stop =
        () -> {
          if (closed.compareAndSet(false, true)) {
            daemon.close();
          }
        };
    Runtime.getRuntime().addShutdownHook(new Thread(stop, "bridge-link-stop"));
    try {
      // Before the live view starts redrawing: the one line saying why the tray cannot connect.
      daemon.ipcProblem().ifPresent(p -> out.println("bridge-link run: IPC is off: " + p));
      daemon.monitor().addListener(new LiveOutput(out, terminal, ZoneId.systemDefault()));
      if (!terminal) {
        out.println(
            "bridge-link run: watching "
                + daemon.config().current().peers().size()
                + " peer(s)"
                + (logFile == null ? "" : "; log " + logFile)
                + daemon.ipcEndpoint().map(e -> "; IPC on " + e).orElse("")
                + "; Ctrl-C stops");
        daemon
            .config()
            .problems()
            .forEach(
                p -> out.println((p.refusesFile() ? "config problem: " : "config warning: ") + p));
        out.flush();
      }
      signals.await();
    } finally {
      stop.run();
    }
    return 0;
  }

  private IpcTransport endpoint() {
    if (noIpc) {
      return null;
    }
    return Transports.at(ipcSocket);
  }
}
