package com.maemuki.bridgelink.tray;

import com.maemuki.bridgelink.ipc.OperatingSystem;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiAddress;
import com.maemuki.bridgelink.tailscale.repair.LocalApiTarget;
import com.maemuki.bridgelink.tray.action.AwtDesktopActions;
import com.maemuki.bridgelink.tray.action.InProcessUserRepairs;
import com.maemuki.bridgelink.tray.action.OwnSid;
import com.maemuki.bridgelink.tray.action.windows.WindowsOwnSid;
import com.maemuki.bridgelink.tray.connection.ServiceConnection;
import com.maemuki.bridgelink.tray.connection.ServiceConnections;
import com.maemuki.bridgelink.tray.view.TrayView;
import com.maemuki.bridgelink.tray.view.TrayViews;
import com.maemuki.bridgelink.tray.view.dorkbox.DorkboxUpdates;
import com.maemuki.bridgelink.tray.window.StatusWindow;
import com.maemuki.bridgelink.tray.windows.AppUserModelId;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Entry point of the per-user tray agent. */
public final class TrayMain {
  /**
   * How long the UI thread may take to run a no-op before the tray gives up. Far above any busy
   * moment (a loaded machine answers within a second), short enough that a frozen tray goes away.
   */
  private static final Duration UI_ANSWER_LIMIT = Duration.ofSeconds(20);

  private TrayMain() {}

  /** Starts the tray agent; returns only to exit. */
  public static void main(String[] args) throws Exception {
    // Before anything else can load a Dorkbox class: its static initializers start the update
    // checker, which reads this property once (DorkboxUpdates explains).
    System.setProperty("dorkbox.updates.Updates.ENABLE", "false");
    // Before the first logger: logback reads where the rolling file goes once, at start-up.
    TrayLogFile.configure(
        OperatingSystem.current().name(), System.getenv(), System.getProperty("user.home"));
    switchOffDorkboxUpdates();
    TrayOptions options;
    try {
      options = TrayOptions.parse(Arrays.asList(args));
    } catch (IllegalArgumentException e) {
      System.err.println("bridge-link-tray: " + e.getMessage());
      System.exit(2);
      return;
    }
    FatalExit fatal = new FatalExit(Runtime.getRuntime()::halt);
    int status;
    try {
      status = run(options, fatal);
    } catch (Throwable e) {
      // Without this the main thread would die alone while a toolkit's non-daemon thread (GTK's
      // loop) kept the JVM up without an icon.
      fatal.fail("the tray could not go on: " + e, e);
      return;
    }
    System.exit(status);
  }

  private static void switchOffDorkboxUpdates() {
    try {
      DorkboxUpdates.switchOff();
    } catch (LinkageError e) {
      // Dorkbox is not on the class path (a trimmed install): nothing can phone home.
    }
  }

  /** This build's version, from the jar manifest ("dev" when run from classes). */
  static String version() {
    String v = TrayMain.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  static int run(TrayOptions options, FatalExit fatal) throws Exception {
    Logger log = LoggerFactory.getLogger(TrayMain.class);
    // The tray process reads its OS here, once, and hands the name to what differs by OS.
    String os = OperatingSystem.current().name();
    Path lockFile =
        options.lockFile() != null
            ? options.lockFile()
            : SingleInstanceLock.defaultFile(
                os,
                System.getenv(),
                System.getProperty("java.io.tmpdir"),
                System.getProperty("user.name"));
    Optional<SingleInstanceLock> lock = SingleInstanceLock.tryAcquire(lockFile);
    if (lock.isEmpty()) {
      System.err.println("bridge-link-tray: already running for this user (" + lockFile + ")");
      return 0;
    }
    // Before the first window or icon: Windows reads the process's AppUserModelID then.
    log.info(AppUserModelId.applyTo(os));
    CountDownLatch quit = new CountDownLatch(1);
    ServiceConnection connection =
        ServiceConnections.open(options.ipcSocket(), "tray/" + version());
    AwtDesktopActions desktop = new AwtDesktopActions();
    OwnSid ownSid = os != null && os.startsWith("Windows") ? new WindowsOwnSid() : OwnSid.none();
    AtomicReference<StatusWindow> windowRef = new AtomicReference<>();
    TrayAgent agent =
        new TrayAgent(
            connection,
            desktop,
            new InProcessUserRepairs(
                desktop, new LocalApiTarget(LocalApiAddress.defaultFor(os, Files::exists), 0)),
            () -> windowRef.get().open(),
            quit::countDown,
            Clock.systemUTC(),
            ownSid.current().orElse(null));
    StatusWindow window = new StatusWindow(connection, agent, desktop);
    windowRef.set(window);
    agent.followSnapshots(snapshot -> window.follow());
    agent.followEvents(window::follow);
    agent.openFindingsWith(window::openAt);
    if (options.quiet()) {
      agent.accept(
          com.maemuki.bridgelink.tray.model.TrayCommand.of(
              com.maemuki.bridgelink.tray.model.CommandKind.TOGGLE_QUIET));
    }
    AtomicReference<TrayView> viewRef = new AtomicReference<>();
    Thread.setDefaultUncaughtExceptionHandler(
        fatal.uncaughtHandler(
            Thread.currentThread(), () -> viewRef.get() == null ? null : viewRef.get().uiThread()));
    TrayView view = TrayViews.open(options.view(), options.trayType(), os, agent);
    viewRef.set(view);
    new UiWatchdog(view, UI_ANSWER_LIMIT, fatal).start();
    Runtime.getRuntime().addShutdownHook(new Thread(connection::close, "tray-shutdown"));
    agent.start(view);
    long sinceJvmStart =
        System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    log.info("tray ready in {} ms (view {})", sinceJvmStart, view.describe());
    quit.await();
    log.info("quitting");
    agent.stop();
    view.close();
    lock.get().close();
    return 0;
  }
}
