package com.maemuki.bridgelink.tray.view.log;

import com.maemuki.bridgelink.tray.model.Notification;
import com.maemuki.bridgelink.tray.model.TrayModel;
import com.maemuki.bridgelink.tray.view.TrayView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Used when there is no tray (a headless session, no tray host, a broken native library): the tray
 * keeps running, keeps its connection and logs what it would show, so notifications are not lost
 * and {@code bridge-link status} still works. There are no clicks, so the handler is never called.
 */
public final class LoggingTrayView implements TrayView {
  private static final Logger LOG = LoggerFactory.getLogger(LoggingTrayView.class);
  private final String reason;

  /**
   * @param reason why there is no tray, logged once
   */
  public LoggingTrayView(String reason) {
    this.reason = reason;
    LOG.warn("no system tray ({}); showing the state in this log instead", reason);
  }

  @Override
  public void render(TrayModel model) {
    LOG.info("[no tray] {}: {}", model.icon(), model.tooltip());
  }

  @Override
  public void notify(Notification notification) {
    LOG.info(
        "[no tray] notification {}: {} - {}",
        notification.level(),
        notification.title(),
        notification.message());
  }

  @Override
  public void onUiThread(Runnable task) {
    task.run();
  }

  @Override
  public String describe() {
    return "log (" + reason + ")";
  }

  @Override
  public void close() {}
}
