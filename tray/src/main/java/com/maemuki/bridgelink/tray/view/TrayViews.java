package com.maemuki.bridgelink.tray.view;

import com.maemuki.bridgelink.tray.model.TrayCommand;
import com.maemuki.bridgelink.tray.view.awt.AwtTrayView;
import com.maemuki.bridgelink.tray.view.dorkbox.DorkboxTrayView;
import com.maemuki.bridgelink.tray.view.log.LoggingTrayView;
import java.awt.GraphicsEnvironment;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the view: the requested one, else AWT on Windows (native toasts) and Dorkbox elsewhere;
 * and the logging view whenever the chosen one cannot start, so the tray never dies for want of a
 * tray.
 */
public final class TrayViews {
  private static final Logger LOG = LoggerFactory.getLogger(TrayViews.class);

  private TrayViews() {}

  /**
   * Opens a view.
   *
   * @param requested {@code auto | dorkbox | awt | log}
   * @param trayType the Dorkbox type to force, null for {@link TrayTypes#forOs}
   */
  public static TrayView open(
      String requested, String trayType, String osName, Consumer<TrayCommand> handler) {
    String kind = "auto".equals(requested) ? defaultKind(osName) : requested;
    if ("log".equals(kind)) {
      return new LoggingTrayView("requested with --view log");
    }
    if (GraphicsEnvironment.isHeadless()) {
      return new LoggingTrayView("no display");
    }
    try {
      Optional<TrayView> view =
          "awt".equals(kind)
              ? AwtTrayView.open(handler)
              : DorkboxTrayView.open(
                  trayType == null ? TrayTypes.forOs(osName) : trayType, osName, handler);
      if (view.isPresent()) {
        return view.get();
      }
      return new LoggingTrayView(kind + " found no system tray on this desktop");
    } catch (UiThreadFailure e) {
      // Not "no tray here": the toolkit is half started; a log-only tray would linger beside it.
      throw e;
    } catch (Exception | LinkageError e) {
      LOG.warn("the {} tray failed to start", kind, e);
      return new LoggingTrayView(kind + " failed: " + e);
    }
  }

  /** AWT on Windows, Dorkbox elsewhere (docs/tray.md says why). */
  public static String defaultKind(String osName) {
    return osName.startsWith("Windows") ? "awt" : "dorkbox";
  }
}
