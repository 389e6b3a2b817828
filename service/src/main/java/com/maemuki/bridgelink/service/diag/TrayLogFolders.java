package com.maemuki.bridgelink.service.diag;

import com.maemuki.bridgelink.ipc.transport.PeerIdentity;
import com.maemuki.bridgelink.service.platform.HomeLookup;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tray logs the service knows of: for each user whose tray said hello to it, the folder the
 * tray writes its rolling log to (tray's {@code TrayLogFile}), under the home the OS gives for that
 * user. The path is never taken from the client: the service reads it with its own (root, SYSTEM)
 * rights.
 */
public final class TrayLogFolders {
  /**
   * Under a Unix home (XDG_STATE_HOME's default; a tray with another XDG_STATE_HOME is not found).
   */
  static final String UNIX_RELATIVE = ".local/state/bridge-link/logs";

  /** Under a Windows profile: %LOCALAPPDATA%\Maemuki\BridgeLink\logs. */
  static final String WINDOWS_RELATIVE = "AppData\\Local\\Maemuki\\BridgeLink\\logs";

  private TrayLogFolders() {}

  public static List<TrayLogFolder> of(
      List<PeerIdentity> trayUsers, boolean windows, HomeLookup homes) {
    List<TrayLogFolder> folders = new ArrayList<>();
    for (PeerIdentity user : trayUsers) {
      Optional<Path> home = homes.homeOf(user);
      String name = user.user().isEmpty() ? user.userSid() : user.user();
      if (home.isEmpty() || name.isEmpty()) {
        continue;
      }
      String label = name.replaceAll("[^A-Za-z0-9._@-]", "_");
      folders.add(
          windows
              ? new TrayLogFolder(label, home.get().resolve(WINDOWS_RELATIVE), -1)
              : new TrayLogFolder(label, home.get().resolve(UNIX_RELATIVE), user.uid()));
    }
    return folders;
  }
}
