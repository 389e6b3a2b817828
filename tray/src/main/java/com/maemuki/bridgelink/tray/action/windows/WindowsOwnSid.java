package com.maemuki.bridgelink.tray.action.windows;

import com.maemuki.bridgelink.tray.action.OwnSid;
import com.sun.jna.platform.win32.Advapi32;
import com.sun.jna.platform.win32.Advapi32Util;
import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.WinNT;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tray user's SID from its own process token ({@code OpenProcessToken} + {@code
 * GetTokenInformation(TokenUser)}), not from the user name: a name can be ambiguous across domains,
 * and the token is exactly who tailscaled will see on the pipe.
 */
public final class WindowsOwnSid implements OwnSid {
  private static final Logger LOG = LoggerFactory.getLogger(WindowsOwnSid.class);

  @Override
  public Optional<String> current() {
    WinNT.HANDLEByReference token = new WinNT.HANDLEByReference();
    try {
      if (!Advapi32.INSTANCE.OpenProcessToken(
          Kernel32.INSTANCE.GetCurrentProcess(), WinNT.TOKEN_QUERY, token)) {
        LOG.warn("could not open the tray's own token: error {}", Kernel32.INSTANCE.GetLastError());
        return Optional.empty();
      }
      try {
        return Optional.ofNullable(Advapi32Util.getTokenAccount(token.getValue()).sidString);
      } finally {
        Kernel32.INSTANCE.CloseHandle(token.getValue());
      }
    } catch (RuntimeException | LinkageError e) {
      // Without our SID, user repairs are refused only when someone else may own the profile.
      LOG.warn("could not read the tray's own SID: {}", e.toString());
      return Optional.empty();
    }
  }
}
