package com.maemuki.bridgelink.tray;

import com.maemuki.bridgelink.ipc.contract.ContractJson;
import com.maemuki.bridgelink.ipc.contract.DiagResult;
import com.maemuki.bridgelink.ipc.contract.IpcEvent;
import com.maemuki.bridgelink.ipc.contract.IpcMethod;
import com.maemuki.bridgelink.ipc.contract.RepairEventData;
import com.maemuki.bridgelink.ipc.contract.TransitionData;
import com.maemuki.bridgelink.tailscale.repair.LocalApiTarget;
import com.maemuki.bridgelink.tray.action.DesktopActions;
import com.maemuki.bridgelink.tray.action.UserRepairs;
import com.maemuki.bridgelink.tray.connection.ConnectionListener;
import com.maemuki.bridgelink.tray.connection.ServiceConnection;
import com.maemuki.bridgelink.tray.model.EventLine;
import com.maemuki.bridgelink.tray.model.FindingTransition;
import com.maemuki.bridgelink.tray.model.Notification;
import com.maemuki.bridgelink.tray.model.NotificationPolicy;
import com.maemuki.bridgelink.tray.model.RecentEvents;
import com.maemuki.bridgelink.tray.model.RepairAccess;
import com.maemuki.bridgelink.tray.model.Snapshot;
import com.maemuki.bridgelink.tray.model.SnapshotReader;
import com.maemuki.bridgelink.tray.model.TrayCommand;
import com.maemuki.bridgelink.tray.model.TrayModel;
import com.maemuki.bridgelink.tray.model.TrayPresenter;
import com.maemuki.bridgelink.tray.view.TrayView;
import com.maemuki.bridgelink.tray.window.StatusSource;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The tray's controller: service events in, models and pop-ups out, clicks turned into actions. All
 * state changes run on one thread ("tray-agent"), so the presenter and the policy need no locks and
 * a slow view never blocks the connection.
 */
public final class TrayAgent implements ConnectionListener, Consumer<TrayCommand>, StatusSource {
  static final URI ADMIN_CONSOLE = URI.create("https://login.tailscale.com/admin/machines");
  private static final Logger LOG = LoggerFactory.getLogger(TrayAgent.class);

  private final ServiceConnection service;
  private final DesktopActions desktop;
  private final Runnable statusWindow;
  private final Runnable quit;
  private final Clock clock;
  private final RecentEvents events = new RecentEvents();
  private final RepairDispatch repairs;
  private final NotificationPolicy policy = NotificationPolicy.defaults();
  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "tray-agent");
            t.setDaemon(true);
            return t;
          });

  private TrayView view;
  private volatile Snapshot snapshot;
  private volatile RepairAccess access = RepairAccess.of(Map.of());
  // The tailscaled the service watches, from its latest snapshot: where user repairs go.
  private LocalApiTarget localApi;
  private TrayModel shown;
  private String problem;
  private volatile Consumer<Snapshot> snapshotFollower = s -> {};
  private volatile Runnable eventFollower = () -> {};
  private volatile Consumer<String> findingWindow;

  /**
   * @param statusWindow opens (or brings forward) the status window
   * @param quit ends the tray: called once, after the agent stopped
   */
  public TrayAgent(
      ServiceConnection service,
      DesktopActions desktop,
      UserRepairs userRepairs,
      Runnable statusWindow,
      Runnable quit,
      Clock clock) {
    this(service, desktop, userRepairs, statusWindow, quit, clock, null);
  }

  /**
   * @param ownSid the tray user's Windows SID (null off Windows): user repairs are offered only
   *     when it owns tailscaled's current profile
   */
  public TrayAgent(
      ServiceConnection service,
      DesktopActions desktop,
      UserRepairs userRepairs,
      Runnable statusWindow,
      Runnable quit,
      Clock clock,
      String ownSid) {
    this.service = service;
    this.desktop = desktop;
    this.repairs = new RepairDispatch(service, userRepairs, events, clock, ownSid);
    this.statusWindow = statusWindow;
    this.quit = quit;
    this.clock = clock;
  }

  /** Shows "service not running" in the view, then starts the connection. */
  public void start(TrayView trayView) {
    this.view = trayView;
    onAgentThread(this::showCurrent);
    service.start(this);
  }

  /**
   * Called on the agent thread with every snapshot, and with null when the service is lost: the
   * status window follows the service live through this.
   */
  public void followSnapshots(Consumer<Snapshot> follower) {
    this.snapshotFollower = follower;
  }

  /**
   * Opens the status window on a finding's details ({@code code/subject}); without it, a remedy
   * click opens the window as it is.
   */
  public void openFindingsWith(Consumer<String> opener) {
    this.findingWindow = opener;
  }

  /** Called on the agent thread after every new recent event (a transition, a repair). */
  public void followEvents(Runnable follower) {
    this.eventFollower = follower;
  }

  /** The latest snapshot, or null before the first one (for the status window). */
  @Override
  public Snapshot latestSnapshot() {
    return snapshot;
  }

  @Override
  public RepairAccess repairAccess() {
    return access;
  }

  @Override
  public List<EventLine> recentEvents() {
    return events.list();
  }

  /** The window's Fix: the menu's path, on the agent thread. */
  @Override
  public CompletableFuture<String> repair(TrayCommand command) {
    CompletableFuture<String> result = new CompletableFuture<>();
    onAgentThread(
        () ->
            runRepair(command)
                .whenComplete(
                    (message, failure) -> {
                      if (failure == null) {
                        result.complete(message);
                      } else {
                        result.completeExceptionally(failure);
                      }
                    }));
    return result;
  }

  @Override
  public void connected() {
    LOG.info("connected to the service");
    service
        .request(IpcMethod.REPAIR_LIST, null)
        .whenComplete(
            (result, failure) ->
                onAgentThread(
                    () -> {
                      repairs.learned(
                          failure == null ? SnapshotReader.allowedRepairs(result) : Map.of(),
                          failure == null ? SnapshotReader.repairPlaces(result) : Map.of());
                      showCurrent();
                    }));
  }

  @Override
  public void disconnected(String reason) {
    onAgentThread(
        () -> {
          boolean wasConnected = snapshot != null;
          LOG.info("service unreachable: {}", reason);
          snapshot = null;
          problem = null;
          if (wasConnected) {
            policy.onServiceLost(clock.instant()).forEach(view::notify);
          }
          showCurrent();
          snapshotFollower.accept(null);
        });
  }

  @Override
  public void unusable(String message) {
    onAgentThread(
        () -> {
          LOG.warn("cannot use the service's link: {}", message);
          snapshot = null;
          problem = message;
          showCurrent();
        });
  }

  @Override
  public void event(String name, JsonNode data) {
    Optional<IpcEvent> event = IpcEvent.fromWire(name);
    if (event.isEmpty()) {
      LOG.debug("event {} ignored", name);
      return;
    }
    onAgentThread(
        () -> {
          switch (event.get()) {
            case SNAPSHOT:
              onSnapshot(data);
              break;
            case TRANSITION:
              onTransition(data);
              break;
            default:
              onRepairEvent(data);
          }
        });
  }

  /** A service repair's progress: only for the recent events (its result pops up elsewhere). */
  private void onRepairEvent(JsonNode data) {
    if (data == null || !data.isObject()) {
      return;
    }
    try {
      events.repair(ContractJson.read(data, RepairEventData.class), clock.instant());
    } catch (IllegalArgumentException e) {
      LOG.warn("ignored a malformed repair event from the service: {}", e.getMessage());
      return;
    }
    eventFollower.run();
  }

  private void onSnapshot(JsonNode data) {
    Snapshot next;
    try {
      next = SnapshotReader.read(data);
    } catch (IllegalArgumentException e) {
      LOG.warn("ignored a malformed snapshot from the service: {}", e.getMessage());
      return;
    }
    snapshot = next;
    localApi = SnapshotReader.localApi(data).orElse(null);
    problem = null;
    showCurrent();
    snapshotFollower.accept(next);
    for (Notification n : policy.onSnapshot(next, clock.instant())) {
      LOG.info("notification {}: {}", n.level(), n.title());
      view.notify(n);
    }
  }

  /** Pop-ups come from the service's transitions, which it decides after flap damping. */
  private void onTransition(JsonNode data) {
    Optional<FindingTransition> transition;
    try {
      transition = SnapshotReader.transition(data);
    } catch (IllegalArgumentException e) {
      LOG.warn("ignored a malformed transition from the service: {}", e.getMessage());
      return;
    }
    if (transition.isEmpty()) {
      return;
    }
    events.transition(transition.get(), eventTime(data));
    eventFollower.run();
    for (Notification n : policy.onTransition(transition.get(), clock.instant())) {
      LOG.info("notification {}: {}", n.level(), n.title());
      view.notify(n);
    }
  }

  /** The service's time of a transition, else now (an older service, an unreadable time). */
  private Instant eventTime(JsonNode data) {
    String time = ContractJson.read(data, TransitionData.class).time();
    if (time != null) {
      try {
        return Instant.parse(time);
      } catch (DateTimeParseException e) {
        LOG.debug("transition time {} unreadable", time);
      }
    }
    return clock.instant();
  }

  /** A click. */
  @Override
  public void accept(TrayCommand command) {
    onAgentThread(() -> handle(command));
  }

  private void handle(TrayCommand command) {
    LOG.info("menu: {}", command.kind());
    switch (command.kind()) {
      case COPY_TAILSCALE_IP:
        attempt("copy the Tailscale IP", () -> desktop.copyToClipboard(command.argument()));
        break;
      case OPEN_STATUS_WINDOW:
        if (command.findingKey() != null) {
          // a remedy clicked in the menu: the window opens on that finding's details
          Consumer<String> open = findingWindow;
          attempt(
              "open the status window",
              () -> {
                if (open == null) {
                  statusWindow.run();
                } else {
                  open.accept(command.findingKey());
                }
              });
        } else {
          attempt("open the status window", statusWindow::run);
        }
        break;
      case OPEN_ADMIN_CONSOLE:
        attempt("open the admin console", () -> desktop.browse(ADMIN_CONSOLE));
        break;
      case CREATE_DIAGNOSTICS:
        service
            .request(IpcMethod.DIAG_CREATE, null)
            .whenComplete(
                (result, failure) ->
                    report(
                        "Diagnostics bundle",
                        failure,
                        () -> {
                          String path = ContractJson.read(result, DiagResult.class).path();
                          return "Saved to " + (path == null ? "(unknown)" : path);
                        }));
        break;
      case RUN_REPAIR:
        runRepair(command)
            .whenComplete(
                (message, failure) ->
                    report("Repair " + command.argument(), failure, () -> message));
        break;
      case TOGGLE_QUIET:
        policy.setQuiet(!policy.quiet());
        LOG.info("quiet mode {}", policy.quiet() ? "on" : "off");
        showCurrent();
        break;
      case QUIT:
        stop();
        quit.run();
        break;
      default:
        throw new IllegalStateException("unhandled " + command.kind());
    }
  }

  /** A Fix, where {@code repair.list} says it runs (a user repair ends with a recent event). */
  private CompletableFuture<String> runRepair(TrayCommand command) {
    return repairs.run(command, access, localApi, () -> eventFollower.run());
  }

  private void report(String what, Throwable failure, java.util.function.Supplier<String> success) {
    onAgentThread(
        () -> {
          Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
          String message =
              cause == null
                  ? success.get()
                  : "Failed: "
                      + (cause.getMessage() == null ? cause.toString() : cause.getMessage());
          LOG.info("{}: {}", what, message);
          view.notify(new Notification(Notification.Level.INFO, what, message, "action"));
        });
  }

  private void attempt(String what, ThrowingAction action) {
    try {
      action.run();
    } catch (Exception e) {
      LOG.warn("could not {}: {}", what, e.toString());
      view.notify(
          new Notification(
              Notification.Level.INFO,
              "Could not " + what,
              String.valueOf(e.getMessage()),
              "action"));
    }
  }

  private void showCurrent() {
    if (view == null) {
      // A command (e.g. --quiet's toggle) handled before start(): start() shows the state itself.
      return;
    }
    if (snapshot != null) {
      access = repairs.accessFor(snapshot);
    }
    TrayModel model =
        snapshot == null
            ? TrayPresenter.unreachable(policy.quiet(), problem)
            : TrayPresenter.present(snapshot, access, policy.quiet());
    if (model.equals(shown)) {
      return;
    }
    if (shown == null || shown.icon() != model.icon() || !shown.tooltip().equals(model.tooltip())) {
      // One greppable line per visible change: the Xvfb test and support read it.
      LOG.info("tray state: icon={} tooltip=\"{}\"", model.icon(), model.tooltip());
    }
    shown = model;
    view.render(model);
  }

  private void onAgentThread(Runnable task) {
    thread.execute(
        () -> {
          try {
            task.run();
          } catch (RuntimeException e) {
            LOG.error("tray agent task failed", e);
          }
        });
  }

  /** Closes the connection and the agent thread (pending tasks are dropped). */
  public void stop() {
    service.close();
    thread.shutdown();
    repairs.stop();
  }

  @FunctionalInterface
  private interface ThrowingAction {
    void run() throws Exception;
  }
}
