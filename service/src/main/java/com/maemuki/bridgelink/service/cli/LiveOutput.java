package com.maemuki.bridgelink.service.cli;

import com.maemuki.bridgelink.service.cli.status.SnapshotText;
import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.monitor.MonitorListener;
import com.maemuki.bridgelink.service.monitor.Overall;
import com.maemuki.bridgelink.service.monitor.Snapshot;
import com.maemuki.bridgelink.service.monitor.SnapshotJson;
import com.maemuki.bridgelink.service.monitor.Transition;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * What {@code run} prints. On a terminal: the snapshot's {@link SnapshotText#screen screen view},
 * redrawn in place (cursor home, clear) whenever what it shows changes; the frame fits 80×24 so
 * that a redraw never scrolls. Otherwise: one appended line per transition and per change of the
 * overall state, stable enough for scripts ({@code <local time> raised <code> <subject> <severity>:
 * …}). Times are local, to the second.
 */
final class LiveOutput implements MonitorListener {

  static final String HOME_AND_CLEAR = "\033[H\033[2J";
  private static final String FOOTER = "(Ctrl-C to stop)";
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

  private final PrintStream out;
  private final boolean terminal;
  private final ZoneId zone;
  private Overall lastOverall;
  private String lastSummary;
  private List<String> lastFrame;

  LiveOutput(PrintStream out, boolean terminal, ZoneId zone) {
    this.out = out;
    this.terminal = terminal;
    this.zone = zone;
  }

  @Override
  public synchronized void onSnapshot(Snapshot snapshot) {
    if (terminal) {
      redraw(snapshot);
      return;
    }
    if (snapshot.overall() != lastOverall || !snapshot.summary().equals(lastSummary)) {
      lastOverall = snapshot.overall();
      lastSummary = snapshot.summary();
      out.println(
          stamp(snapshot.time())
              + " state "
              + snapshot.overall().wireName()
              + ": "
              + snapshot.summary());
      out.flush();
    }
  }

  /**
   * The frame, without a newline after its last line: a 24th line ending in one would scroll the
   * screen by a line on every redraw. A frame the same as the last one is not drawn again.
   */
  private void redraw(Snapshot snapshot) {
    List<String> frame =
        SnapshotText.screen(
            SnapshotJson.snapshot(snapshot),
            zone,
            SnapshotText.SCREEN_WIDTH,
            SnapshotText.SCREEN_HEIGHT - 2);
    if (frame.equals(lastFrame)) {
      return;
    }
    lastFrame = frame;
    StringBuilder screen = new StringBuilder(HOME_AND_CLEAR);
    frame.forEach(l -> screen.append(l).append('\n'));
    screen.append('\n').append(FOOTER);
    out.print(screen);
    out.flush();
  }

  @Override
  public synchronized void onTransition(Transition t) {
    if (terminal) {
      return; // the redraw shows it
    }
    Finding f = t.finding().finding();
    StringBuilder line =
        new StringBuilder()
            .append(stamp(t.time()))
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

  private String stamp(Instant time) {
    return STAMP.format(time.atZone(zone));
  }
}
