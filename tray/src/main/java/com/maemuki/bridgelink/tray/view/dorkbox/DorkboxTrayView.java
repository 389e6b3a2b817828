package com.maemuki.bridgelink.tray.view.dorkbox;

import com.maemuki.bridgelink.tray.model.IconState;
import com.maemuki.bridgelink.tray.model.MenuEntry;
import com.maemuki.bridgelink.tray.model.Notification;
import com.maemuki.bridgelink.tray.model.TrayCommand;
import com.maemuki.bridgelink.tray.model.TrayModel;
import com.maemuki.bridgelink.tray.view.FreedesktopNotifier;
import com.maemuki.bridgelink.tray.view.RenderParts;
import com.maemuki.bridgelink.tray.view.TextLimits;
import com.maemuki.bridgelink.tray.view.TrayIcons;
import com.maemuki.bridgelink.tray.view.TrayView;
import dorkbox.jna.linux.GtkEventDispatch;
import dorkbox.systemTray.Checkbox;
import dorkbox.systemTray.Entry;
import dorkbox.systemTray.Menu;
import dorkbox.systemTray.MenuItem;
import dorkbox.systemTray.Separator;
import dorkbox.systemTray.SystemTray;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The tray icon and menu through Dorkbox SystemTray, with a forced tray type. */
public final class DorkboxTrayView implements TrayView {
  private static final Logger LOG = LoggerFactory.getLogger(DorkboxTrayView.class);

  // Generous: a cold start on a loaded machine takes a second or two; a hung gtk_init never ends.
  private static final Duration GTK_START_LIMIT = Duration.ofSeconds(20);

  /**
   * Dorkbox's {@code MenuItem.setTooltip} throws past 64 characters; menu labels have no hard limit
   * in GTK, but a label wider than 80 characters makes a menu wider than a small screen.
   */
  static final TextLimits LIMITS = new TextLimits(64, 80);

  private final RenderParts parts = new RenderParts("dorkbox view");
  private final SystemTray tray;
  private final Consumer<TrayCommand> handler;
  private final Optional<FreedesktopNotifier> notifier;
  private IconState icon;
  private String tooltip;
  private List<MenuEntry> menu;

  /**
   * Dorkbox starts GTK for every tray type on Linux and other Unixes, never on Windows or macOS.
   */
  private static boolean usesGtk(String trayType, String osName) {
    String os = osName.toLowerCase(Locale.ROOT);
    return !os.startsWith("windows") && !os.startsWith("mac") && !"WindowsNative".equals(trayType);
  }

  private DorkboxTrayView(SystemTray tray, Consumer<TrayCommand> handler) {
    this.tray = tray;
    this.handler = handler;
    this.notifier = FreedesktopNotifier.find();
  }

  /**
   * Opens the tray with a forced type.
   *
   * @param trayType a {@code SystemTray.TrayType} name, see {@link
   *     com.maemuki.bridgelink.tray.view.TrayTypes}
   * @param osName the tray process's {@code os.name}, as TrayMain read it
   * @return empty when Dorkbox finds no usable tray (it logs why)
   */
  public static Optional<TrayView> open(
      String trayType, String osName, Consumer<TrayCommand> handler) {
    DorkboxUpdates.switchOff();
    SystemTray.FORCE_TRAY_TYPE = SystemTray.TrayType.valueOf(trayType);
    // Root or not, take the same code path as a normal user (it would swap AppIndicator for Swing).
    SystemTray.ENABLE_ROOT_CHECK = false;
    if (usesGtk(trayType, osName)) {
      // GTK up and running, then AWT, then Dorkbox: ToolkitStartup says why.
      ToolkitStartup.gtkThenAwt(GTK_START_LIMIT);
    }
    SystemTray tray = SystemTray.get("Bridge Link");
    if (tray == null) {
      return Optional.empty();
    }
    LOG.info("Dorkbox tray {} ready (type {})", SystemTray.getVersion(), tray.getType());
    return Optional.of(new DorkboxTrayView(tray, handler));
  }

  @Override
  public synchronized void render(TrayModel model) {
    if (model.icon() != icon
        && parts.attempt(
            "icon", () -> tray.setImage(TrayIcons.image(model.icon(), tray.getTrayImageSize())))) {
      icon = model.icon();
    }
    String tip = LIMITS.tooltip(model.tooltip());
    if (!tip.equals(tooltip) && parts.attempt("tooltip", () -> tray.setTooltip(tip))) {
      tooltip = tip;
    }
    if (!model.menu().equals(menu) && parts.attempt("menu", () -> replaceMenu(model.menu()))) {
      menu = model.menu();
    }
  }

  private void replaceMenu(List<MenuEntry> entries) {
    Menu root = tray.getMenu();
    for (Entry entry : new ArrayList<>(root.getEntries())) {
      root.remove(entry);
    }
    addAll(root, entries);
  }

  private void addAll(Menu parent, List<MenuEntry> entries) {
    for (MenuEntry entry : entries) {
      if (entry instanceof MenuEntry.Separator) {
        parent.add(new Separator());
      } else if (entry instanceof MenuEntry.Label) {
        MenuItem label = new MenuItem(LIMITS.label(((MenuEntry.Label) entry).text()));
        label.setEnabled(false);
        parent.add(label);
      } else if (entry instanceof MenuEntry.Action) {
        MenuEntry.Action action = (MenuEntry.Action) entry;
        MenuItem item =
            new MenuItem(LIMITS.label(action.text()), e -> handler.accept(action.command()));
        item.setEnabled(action.enabled());
        parent.add(item);
      } else if (entry instanceof MenuEntry.Toggle) {
        MenuEntry.Toggle toggle = (MenuEntry.Toggle) entry;
        Checkbox box =
            new Checkbox(LIMITS.label(toggle.text()), e -> handler.accept(toggle.command()));
        box.setChecked(toggle.checked());
        parent.add(box);
      } else if (entry instanceof MenuEntry.Submenu) {
        MenuEntry.Submenu submenu = (MenuEntry.Submenu) entry;
        Menu child = new Menu(LIMITS.label(submenu.text()));
        parent.add(child);
        addAll(child, submenu.items());
      }
    }
  }

  @Override
  public void notify(Notification notification) {
    notifier.ifPresent(n -> n.show(notification));
  }

  @Override
  public void onUiThread(Runnable task) {
    if (ToolkitStartup.gtkThread() != null) {
      GtkEventDispatch.dispatch(task);
    } else {
      SwingUtilities.invokeLater(task);
    }
  }

  @Override
  public Thread uiThread() {
    return ToolkitStartup.gtkThread();
  }

  @Override
  public String describe() {
    return "dorkbox/" + tray.getType();
  }

  @Override
  public void close() {
    tray.shutdown();
  }
}
