package com.maemuki.bridgelink.tray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maemuki.bridgelink.tray.model.Notification;
import com.maemuki.bridgelink.tray.model.TrayModel;
import com.maemuki.bridgelink.tray.view.TrayView;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class UiWatchdogTest {
  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

  /** A view whose UI thread runs posted tasks only when the test says so. */
  private static final class HeldView implements TrayView {
    final List<Runnable> posted = new ArrayList<>();
    Thread uiThread;

    @Override
    public void render(TrayModel model) {}

    @Override
    public void notify(Notification notification) {}

    @Override
    public void onUiThread(Runnable task) {
      posted.add(task);
    }

    @Override
    public Thread uiThread() {
      return uiThread;
    }

    @Override
    public String describe() {
      return "held";
    }

    @Override
    public void close() {}

    void runPosted() {
      posted.forEach(Runnable::run);
      posted.clear();
    }
  }

  private final List<Integer> exits = new ArrayList<>();
  private final HeldView view = new HeldView();
  private final UiWatchdog watchdog =
      new UiWatchdog(view, Duration.ofSeconds(20), new FatalExit(exits::add));

  @Test
  void aUiThreadThatAnswersKeepsTheTray() {
    for (long t = 0; t < 120; t++) {
      watchdog.tick(t * SECOND);
      view.runPosted();
    }
    assertEquals(List.of(), exits);
  }

  @Test
  void aUiThreadStuckPastTheLimitEndsTheTrayWithStatus70() {
    watchdog.tick(0);
    watchdog.tick(20 * SECOND);
    assertEquals(List.of(), exits, "20 s is still within the limit");
    watchdog.tick(21 * SECOND);
    assertEquals(List.of(FatalExit.STATUS), exits);
    watchdog.tick(22 * SECOND);
    assertEquals(1, exits.size(), "ends the tray once");
  }

  @Test
  void onlyOnePingIsPendingAtATime() {
    for (long t = 0; t < 10; t++) {
      watchdog.tick(t * SECOND);
    }
    assertEquals(1, view.posted.size());
  }

  @Test
  void aUiThreadThatEndedEndsTheTrayAtTheNextTick() throws InterruptedException {
    Thread dead = new Thread(() -> {}, "GTK Native Event Loop");
    dead.start();
    dead.join();
    view.uiThread = dead;
    watchdog.tick(0);
    assertEquals(List.of(FatalExit.STATUS), exits);
  }

  @Test
  void theMainThreadOrTheUiThreadDyingIsFatalOtherThreadsOnlyLogged() {
    Thread main = new Thread(() -> {}, "main");
    Thread ui = new Thread(() -> {}, "ui");
    Thread other = new Thread(() -> {}, "tray-user-repair");
    Thread.UncaughtExceptionHandler handler =
        new FatalExit(exits::add).uncaughtHandler(main, () -> ui);
    handler.uncaughtException(other, new IllegalStateException("a repair failed"));
    assertTrue(exits.isEmpty());
    handler.uncaughtException(main, new IllegalStateException("boom"));
    handler.uncaughtException(ui, new IllegalStateException("boom"));
    handler.uncaughtException(other, new java.awt.AWTError("Can't connect to X11 window server"));
    assertEquals(List.of(70, 70, 70), exits);
  }
}
