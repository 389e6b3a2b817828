package com.maemuki.bridgelink.tray;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The tray's command line.
 *
 * @param ipcSocket the service's socket, null for the platform default
 * @param view {@code auto | dorkbox | awt | log}
 * @param trayType a Dorkbox tray type overriding the per-platform choice, or null
 * @param lockFile the single-instance lock, null for the per-user default
 * @param quiet start with notifications muted
 */
public record TrayOptions(
    Path ipcSocket, String view, String trayType, Path lockFile, boolean quiet) {

  static final String USAGE =
      "usage: bridge-link-tray [--ipc-socket PATH] [--view auto|dorkbox|awt|log]"
          + " [--tray-type AppIndicator|Gtk|Swing|WindowsNative|Awt] [--lock-file PATH] [--quiet]";

  /**
   * Parses the arguments.
   *
   * @throws IllegalArgumentException with a message for the user
   */
  public static TrayOptions parse(List<String> args) {
    Path socket = null;
    String view = "auto";
    String trayType = null;
    Path lock = null;
    boolean quiet = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      switch (arg) {
        case "--ipc-socket":
          socket = Path.of(value(args, ++i, arg));
          break;
        case "--view":
          view = value(args, ++i, arg).toLowerCase(Locale.ROOT);
          if (!List.of("auto", "dorkbox", "awt", "log").contains(view)) {
            throw new IllegalArgumentException("unknown view '" + view + "'\n" + USAGE);
          }
          break;
        case "--tray-type":
          trayType = value(args, ++i, arg);
          if (!List.of("AppIndicator", "Gtk", "Swing", "WindowsNative", "Awt").contains(trayType)) {
            throw new IllegalArgumentException("unknown tray type '" + trayType + "'\n" + USAGE);
          }
          break;
        case "--lock-file":
          lock = Path.of(value(args, ++i, arg));
          break;
        case "--quiet":
          quiet = true;
          break;
        default:
          throw new IllegalArgumentException("unknown option '" + arg + "'\n" + USAGE);
      }
    }
    return new TrayOptions(socket, view, trayType, lock, quiet);
  }

  private static String value(List<String> args, int index, String option) {
    if (index >= args.size()) {
      throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
    }
    return args.get(index);
  }
}
