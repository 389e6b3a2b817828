package com.maemuki.bridgelink.service.cli;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.monitor.MonitorListener;
import com.maemuki.bridgelink.service.monitor.Overall;
import com.maemuki.bridgelink.service.monitor.Snapshot;
import com.maemuki.bridgelink.service.monitor.Transition;
import java.io.PrintStream;
import java.util.List;

/**
 * What {@code run} prints. On a terminal: the whole {@link ConsoleView}, redrawn in place (ANSI)
 * whenever the snapshot changes. Otherwise: one appended line per transition and per change of the
 * overall state, stable enough for scripts ({@code <time> raised <code> <subject> <severity>: …}).
 */
final class LiveOutput implements MonitorListener {

  private static final String CLEAR = "\033[H\033[2J";

  private final PrintStream out;
  private final boolean terminal;
  private Overall lastOverall;
  private String lastSummary;

  LiveOutput(PrintStream out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  @Override
  public synchronized void onSnapshot(Snapshot snapshot) {
    if (terminal) {
      StringBuilder screen = new StringBuilder(CLEAR);
      List<String> lines = ConsoleView.render(snapshot);
      lines.forEach(l -> screen.append(l).append('\n'));
      screen.append("\n(Ctrl-C to stop)\n");
      out.print(screen);
      out.flush();
      return;
    }
    if (snapshot.overall() != lastOverall || !snapshot.summary().equals(lastSummary)) {
      lastOverall = snapshot.overall();
      lastSummary = snapshot.summary();
      out.println(
          snapshot.time() + " state " + snapshot.overall().wireName() + ": " + snapshot.summary());
      out.flush();
    }
  }

  @Override
  public synchronized void onTransition(Transition t) {
    if (terminal) {
      return; // the redraw shows it
    }
    Finding f = t.finding().finding();
    StringBuilder line =
        new StringBuilder()
            .append(t.time())
            .append(' ')
            .append(t.kind().wireName())
            .append(' ')
            .append(f.code().code())
            .append(' ')
            .append(f.subject() == null ? "-" : f.subject())
            .append(' ')
            .append(f.severity().wireName())
            .append(": ")
            .append(f.title());
    if (!f.detail().isBlank()) {
      line.append(" — ").append(f.detail());
    }
    if (t.kind() == Transition.Kind.RAISED) {
      line.append(" | fix: ").append(f.remedy());
    }
    out.println(line);
    out.flush();
  }
}
