package com.maemuki.bridgelink.service.cli.status;

import com.maemuki.bridgelink.ipc.client.ConnectionState;
import com.maemuki.bridgelink.ipc.client.IpcClient;
import com.maemuki.bridgelink.ipc.client.IpcException;
import com.maemuki.bridgelink.ipc.client.SessionOptions;
import com.maemuki.bridgelink.ipc.contract.ContractJson;
import com.maemuki.bridgelink.ipc.contract.IpcEvent;
import com.maemuki.bridgelink.ipc.contract.SnapshotData;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code bridge-link status --watch}: subscribes and prints each event as it arrives until {@link
 * #stop()}. When the service goes away it says so once and reconnects with backoff ({@link
 * IpcClient}), renewing the subscription; the first snapshot after each connection is printed in
 * full, later ones compactly, and only when what they show changed. On a terminal ({@link
 * #redrawing()}) the screen view of the latest snapshot is redrawn in place instead (cursor home,
 * clear; it fits 80×24), with the last transition or repair under it. With {@code json}, stdout is
 * NDJSON ({@code {"event","data"}} per line) and the connection notes go to stderr so that stdout
 * stays machine-readable.
 */
public final class StatusWatch {
  static final String RETRYING = "service not running, retrying…";
  static final String HOME_AND_CLEAR = "\033[H\033[2J";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final StatusEndpoint endpoint;
  private final SessionOptions options;
  private final boolean json;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Clock clock;
  private final ZoneId zone;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final Object printLock = new Object();
  private volatile IpcClient client;
  private boolean firstSnapshotOfConnection;

  /** The last snapshot line printed, without its time: the service re-sends unchanged snapshots. */
  private String lastSnapshotLine;

  /**
   * Why the watch is not connected (null while it is): a note is printed when this changes, so an
   * impostor appearing after "not running" is still said.
   */
  private ConnectionState lost;

  private boolean redraw;
  private SnapshotData lastSnapshot;
  private String lastEvent;

  /** Reconnecting after 250 ms, doubling up to 5 s. */
  public StatusWatch(
      StatusEndpoint endpoint,
      SessionOptions options,
      boolean json,
      PrintWriter out,
      PrintWriter err,
      Clock clock,
      ZoneId zone) {
    this(
        endpoint,
        options,
        json,
        out,
        err,
        clock,
        zone,
        Duration.ofMillis(250),
        Duration.ofSeconds(5));
  }

  StatusWatch(
      StatusEndpoint endpoint,
      SessionOptions options,
      boolean json,
      PrintWriter out,
      PrintWriter err,
      Clock clock,
      ZoneId zone,
      Duration initialBackoff,
      Duration maxBackoff) {
    this.endpoint = endpoint;
    this.options = options;
    this.json = json;
    this.out = out;
    this.err = err;
    this.clock = clock;
    this.zone = zone;
    this.initialBackoff = initialBackoff;
    this.maxBackoff = maxBackoff;
  }

  /** Redraws the latest snapshot in place (for a terminal) instead of appending. */
  public StatusWatch redrawing() {
    this.redraw = !json;
    return this;
  }

  /**
   * Checks that the service answers (if not: the one-line message on stderr and 1, like {@code
   * status}), then follows its events until {@link #stop()} or interruption; then 0.
   */
  public int run() throws InterruptedException {
    try {
      // A first, plain connection so that "not running" at the start is a clear error and exit 1,
      // not an endless retry; the reconnecting client takes over from here.
      endpoint.open(options).close();
    } catch (IpcException e) {
      err.println(endpoint.problem(e));
      err.flush();
      return 1;
    }
    IpcClient started =
        IpcClient.builder(endpoint.transport(), options.clientName())
            .options(options)
            .backoff(initialBackoff, maxBackoff)
            .onEvent(this::onEvent)
            .onStateChange(this::onStateChange)
            .build();
    try {
      started.subscribe();
    } catch (IpcException e) {
      // not connected yet: subscribe() only records the wish, renewed on every connection
    }
    client = started;
    started.start();
    try {
      stopped.await();
    } finally {
      started.close();
    }
    return 0;
  }

  /** Ends {@link #run()} (Ctrl-C, SIGTERM, tests). */
  public void stop() {
    stopped.countDown();
    IpcClient current = client;
    if (current != null) {
      current.close();
    }
  }

  private void onStateChange(ConnectionState state, String detail) {
    synchronized (printLock) {
      if (redraw && lastSnapshot != null) {
        noteOnScreen(state, detail);
        return;
      }
      PrintWriter notes = json ? err : out;
      if (state == ConnectionState.CONNECTED) {
        firstSnapshotOfConnection = true;
        if (lost != null) {
          notes.println("reconnected to the Bridge Link service at " + endpoint.describe());
          lost = null;
        }
      } else if (state != lost) {
        lost = state;
        notes.println(lostLine(state, detail));
      }
      notes.flush();
    }
  }

  /** The one line saying the watch lost the service, and why when the user must act. */
  static String lostLine(ConnectionState state, String detail) {
    switch (state) {
      case INCOMPATIBLE:
        return "the service speaks another protocol version (" + detail + "), retrying…";
      case UNTRUSTED_SERVER:
        return detail + " Retrying…";
      default:
        return RETRYING;
    }
  }

  /** The snapshot's compact text with its time left out: what a reader would see change. */
  private static String withoutTime(JsonNode data) {
    JsonNode copy = data == null ? null : data.deepCopy();
    if (copy instanceof ObjectNode o) {
      o.remove("time");
    }
    return copy == null
        ? ""
        : SnapshotText.compact(ContractJson.read(copy, SnapshotData.class), ZoneId.of("UTC"));
  }

  private void onEvent(String event, JsonNode data) {
    synchronized (printLock) {
      if (redraw) {
        onEventRedrawing(event, data);
        return;
      }
      if (json) {
        ObjectNode line = JSON.createObjectNode();
        line.put("event", event);
        line.set("data", data);
        out.println(JSON.writeValueAsString(line));
      } else if (IpcEvent.SNAPSHOT.wireName().equals(event)
          && firstSnapshotOfConnection
          && data != null
          && data.isObject()) {
        firstSnapshotOfConnection = false;
        lastSnapshotLine = withoutTime(data);
        out.print(SnapshotText.render(ContractJson.read(data, SnapshotData.class), zone));
        out.println();
      } else if (IpcEvent.SNAPSHOT.wireName().equals(event)
          && withoutTime(data).equals(lastSnapshotLine)) {
        return; // nothing a reader can see changed: print only on change
      } else {
        if (IpcEvent.SNAPSHOT.wireName().equals(event)) {
          lastSnapshotLine = withoutTime(data);
        }
        out.print(EventText.render(event, data, clock.instant(), zone));
      }
      out.flush();
    }
  }

  /** A connection note as the frame's last line: printed below it, it would scroll the screen. */
  private void noteOnScreen(ConnectionState state, String detail) {
    if (state == ConnectionState.CONNECTED) {
      firstSnapshotOfConnection = true;
      if (lost != null) {
        lastEvent = "reconnected to the Bridge Link service at " + endpoint.describe();
        lost = null;
      }
    } else if (state != lost) {
      lost = state;
      lastEvent = lostLine(state, detail);
    }
    drawFrame();
  }

  /** The terminal form: a snapshot that changed what it shows, or another event, redraws. */
  private void onEventRedrawing(String event, JsonNode data) {
    boolean snapshot = IpcEvent.SNAPSHOT.wireName().equals(event);
    if (snapshot) {
      if (data == null || !data.isObject()) {
        return;
      }
      String shown = withoutTime(data);
      if (shown.equals(lastSnapshotLine) && !firstSnapshotOfConnection) {
        return; // print only on change
      }
      firstSnapshotOfConnection = false;
      lastSnapshotLine = shown;
      lastSnapshot = ContractJson.read(data, SnapshotData.class);
    } else {
      lastEvent =
          EventText.render(event, data, clock.instant(), zone).lines().findFirst().orElse("");
    }
    drawFrame();
  }

  private void drawFrame() {
    if (lastSnapshot == null) {
      return;
    }
    // Two lines below the frame: a blank one and the last event (or how to stop).
    List<String> frame =
        SnapshotText.screen(
            lastSnapshot, zone, SnapshotText.SCREEN_WIDTH, SnapshotText.SCREEN_HEIGHT - 2);
    StringBuilder screen = new StringBuilder(HOME_AND_CLEAR);
    frame.forEach(l -> screen.append(l).append('\n'));
    String last = lastEvent == null ? "(Ctrl-C to stop)" : lastEvent;
    screen.append('\n').append(SnapshotText.cut(last, SnapshotText.SCREEN_WIDTH));
    out.print(screen);
    out.flush();
  }
}
