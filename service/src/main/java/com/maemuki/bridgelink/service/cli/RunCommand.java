package com.maemuki.bridgelink.service.cli;

import com.maemuki.bridgelink.service.link.BridgeLinkDaemon;
import com.maemuki.bridgelink.service.logging.LogFiles;
import com.maemuki.bridgelink.service.platform.DataDirectory;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bridge-link run}: the monitor in the foreground with a live view, until Ctrl-C or SIGTERM
 * (a shutdown hook stops the monitor, which takes well under 2 s).
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Watch this machine's Tailscale link in the foreground: peers, findings and remedies,",
      "redrawn on change (plain appended lines when stdout is not a terminal). Ctrl-C stops."
    })
public final class RunCommand implements Callable<Integer> {

  @Mixin MonitorOptions options = new MonitorOptions();

  @Option(names = "--plain", description = "Append lines instead of redrawing, even on a terminal.")
  boolean plain;

  @Override
  public Integer call() throws Exception {
    PrintStream out = System.out;
    LogFiles.quietConsole();
    Path logFile = LogFiles.enable(DataDirectory.logDirectory());
    BridgeLinkDaemon daemon = BridgeLinkDaemon.start(options.toDaemonOptions());
    boolean terminal = !plain && System.console() != null;
    daemon.monitor().addListener(new LiveOutput(out, terminal));
    if (!terminal) {
      out.println(
          "bridge-link run: watching "
              + daemon.config().current().peers().size()
              + " peer(s)"
              + (logFile == null ? "" : "; log " + logFile)
              + "; Ctrl-C stops");
      daemon.config().problems().forEach(p -> out.println("config problem: " + p));
      out.flush();
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              daemon.close();
              stopped.countDown();
            },
            "bridge-link-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    stopped.await();
    return 0;
  }
}
