package com.maemuki.bridgelink.tray.view.awt;

import com.maemuki.bridgelink.tray.model.IconState;
import com.maemuki.bridgelink.tray.model.MenuEntry;
import com.maemuki.bridgelink.tray.model.Notification;
import com.maemuki.bridgelink.tray.model.TrayCommand;
import com.maemuki.bridgelink.tray.model.TrayModel;
import com.maemuki.bridgelink.tray.view.RenderParts;
import com.maemuki.bridgelink.tray.view.TextLimits;
import com.maemuki.bridgelink.tray.view.TrayIcons;
import com.maemuki.bridgelink.tray.view.TrayView;
import java.awt.AWTException;
import java.awt.CheckboxMenuItem;
import java.awt.GraphicsEnvironment;
import java.awt.Menu;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.TrayIcon.MessageType;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;

/** Icon, menu and native pop-ups through {@code java.awt.TrayIcon}. All work on the AWT thread. */
public final class AwtTrayView implements TrayView {
  private final TrayIcon icon;
  private final Consumer<TrayCommand> handler;

  /**
   * Shell_NotifyIcon's szTip holds 128 UTF-16 units with the terminator; AWT cuts longer tooltips
   * itself on Windows, but silently and mid-word. Menu labels: as the Dorkbox view, for width.
   */
  static final TextLimits LIMITS = new TextLimits(127, 80);

  private final RenderParts parts = new RenderParts("awt view");
  private IconState shownIcon;
  private String shownTooltip;
  private List<MenuEntry> shownMenu;

  private AwtTrayView(TrayIcon icon, Consumer<TrayCommand> handler) {
    this.icon = icon;
    this.handler = handler;
  }

  /** Opens the tray icon; empty when the desktop has no tray. */
  public static Optional<TrayView> open(Consumer<TrayCommand> handler) throws AWTException {
    if (GraphicsEnvironment.isHeadless() || !SystemTray.isSupported()) {
      return Optional.empty();
    }
    SystemTray tray = SystemTray.getSystemTray();
    int size = tray.getTrayIconSize().height;
    TrayIcon trayIcon =
        new TrayIcon(TrayIcons.image(IconState.SERVICE_UNREACHABLE, size), "Bridge Link");
    trayIcon.setImageAutoSize(true);
    tray.add(trayIcon);
    return Optional.of(new AwtTrayView(trayIcon, handler));
  }

  @Override
  public void render(TrayModel model) {
    SwingUtilities.invokeLater(
        () -> {
          if (model.icon() != shownIcon
              && parts.attempt(
                  "icon",
                  () -> icon.setImage(TrayIcons.image(model.icon(), icon.getSize().height)))) {
            shownIcon = model.icon();
          }
          // The tooltip doubles as the toast's app title on Windows; keep it the summary line.
          String tip = LIMITS.tooltip(model.tooltip());
          if (!tip.equals(shownTooltip) && parts.attempt("tooltip", () -> icon.setToolTip(tip))) {
            shownTooltip = tip;
          }
          if (!model.menu().equals(shownMenu)
              && parts.attempt("menu", () -> icon.setPopupMenu(popup(model.menu())))) {
            shownMenu = model.menu();
          }
        });
  }

  private PopupMenu popup(List<MenuEntry> entries) {
    PopupMenu popup = new PopupMenu();
    addAll(popup, entries);
    return popup;
  }

  private void addAll(Menu parent, List<MenuEntry> entries) {
    for (MenuEntry entry : entries) {
      if (entry instanceof MenuEntry.Separator) {
        parent.addSeparator();
      } else if (entry instanceof MenuEntry.Label) {
        MenuItem label = new MenuItem(LIMITS.label(((MenuEntry.Label) entry).text()));
        label.setEnabled(false);
        parent.add(label);
      } else if (entry instanceof MenuEntry.Action) {
        MenuEntry.Action action = (MenuEntry.Action) entry;
        MenuItem item = new MenuItem(LIMITS.label(action.text()));
        item.setEnabled(action.enabled());
        item.addActionListener(e -> handler.accept(action.command()));
        parent.add(item);
      } else if (entry instanceof MenuEntry.Toggle) {
        MenuEntry.Toggle toggle = (MenuEntry.Toggle) entry;
        CheckboxMenuItem box = new CheckboxMenuItem(LIMITS.label(toggle.text()), toggle.checked());
        box.addItemListener(e -> handler.accept(toggle.command()));
        parent.add(box);
      } else if (entry instanceof MenuEntry.Submenu) {
        MenuEntry.Submenu submenu = (MenuEntry.Submenu) entry;
        Menu child = new Menu(LIMITS.label(submenu.text()));
        addAll(child, submenu.items());
        parent.add(child);
      }
    }
  }

  @Override
  public void notify(Notification notification) {
    SwingUtilities.invokeLater(
        () ->
            icon.displayMessage(notification.title(), notification.message(), type(notification)));
  }

  static MessageType type(Notification notification) {
    switch (notification.level()) {
      case CRITICAL:
        return MessageType.ERROR;
      case WARNING:
        return MessageType.WARNING;
      default:
        return MessageType.INFO;
    }
  }

  @Override
  public void onUiThread(Runnable task) {
    SwingUtilities.invokeLater(task);
  }

  @Override
  public String describe() {
    return "awt";
  }

  @Override
  public void close() {
    SwingUtilities.invokeLater(() -> SystemTray.getSystemTray().remove(icon));
  }
}
