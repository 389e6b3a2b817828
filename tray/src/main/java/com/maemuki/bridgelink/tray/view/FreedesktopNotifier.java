package com.maemuki.bridgelink.tray.view;

import com.maemuki.bridgelink.tray.model.Notification;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pop-ups on Linux desktops through {@code notify-send} (the freedesktop notification service that
 * GNOME, KDE and most panels implement), because Dorkbox has no balloons of its own. The argument
 * list is fixed; the texts are passed as separate arguments, never through a shell.
 */
public final class FreedesktopNotifier {
  private static final Logger LOG = LoggerFactory.getLogger(FreedesktopNotifier.class);
  private final Path notifySend;

  private FreedesktopNotifier(Path notifySend) {
    this.notifySend = notifySend;
  }

  /** The notifier when {@code notify-send} is on the PATH. */
  public static Optional<FreedesktopNotifier> find() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, "notify-send");
      if (Files.isExecutable(candidate)) {
        return Optional.of(new FreedesktopNotifier(candidate));
      }
    }
    return Optional.empty();
  }

  /** Shows the pop-up; failures are logged, never thrown (a missing daemon must not hurt us). */
  public void show(Notification notification) {
    try {
      Process process =
          new ProcessBuilder(
                  List.of(
                      notifySend.toString(),
                      "--app-name=Bridge Link",
                      "--urgency=" + urgency(notification.level()),
                      "--",
                      notification.title(),
                      notification.message()))
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroy();
      }
    } catch (Exception e) {
      LOG.debug("notify-send failed: {}", e.toString());
    }
  }

  static String urgency(Notification.Level level) {
    switch (level) {
      case CRITICAL:
        return "critical";
      case WARNING:
        return "normal";
      default:
        return "low";
    }
  }
}
