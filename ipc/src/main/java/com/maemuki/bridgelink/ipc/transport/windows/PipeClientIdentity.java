package com.maemuki.bridgelink.ipc.transport.windows;

import com.maemuki.bridgelink.ipc.transport.PeerIdentity;
import com.sun.jna.platform.win32.Advapi32;
import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.Win32Exception;
import com.sun.jna.platform.win32.WinDef.ULONGByReference;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.platform.win32.WinNT.HANDLE;
import com.sun.jna.platform.win32.WinNT.HANDLEByReference;

/**
 * Who is on the client end of a server pipe: its PID and session from the pipe, its user and groups
 * (with their attributes) from its token, taken by impersonating the client just long enough to
 * open the thread token. A client whose token cannot be read is unidentified and gets no
 * privileges.
 */
final class PipeClientIdentity {

  private PipeClientIdentity() {}

  static PeerIdentity identify(HANDLE pipe) {
    ULONGByReference pid = new ULONGByReference();
    ULONGByReference session = new ULONGByReference();
    long clientPid =
        Kernel32.INSTANCE.GetNamedPipeClientProcessId(pipe, pid) ? pid.getValue().longValue() : -1;
    int clientSession =
        Kernel32.INSTANCE.GetNamedPipeClientSessionId(pipe, session)
            ? session.getValue().intValue()
            : -1;
    HANDLE token = clientToken(pipe);
    if (token == null) {
      return PeerIdentity.unknown(clientPid, clientSession);
    }
    try {
      return TokenIdentity.of(token, clientPid, clientSession);
    } catch (Win32Exception e) {
      return PeerIdentity.unknown(clientPid, clientSession);
    } finally {
      Kernel32.INSTANCE.CloseHandle(token);
    }
  }

  /** The client's token, or null when it cannot be had (the client then gets no privileges). */
  private static HANDLE clientToken(HANDLE pipe) {
    if (!PipeNatives.Advapi.INSTANCE.ImpersonateNamedPipeClient(pipe)) {
      return null;
    }
    HANDLEByReference token = new HANDLEByReference();
    boolean opened;
    try {
      opened =
          Advapi32.INSTANCE.OpenThreadToken(
              Kernel32.INSTANCE.GetCurrentThread(), WinNT.TOKEN_QUERY, true, token);
    } finally {
      if (!Advapi32.INSTANCE.RevertToSelf()) {
        // Continuing as the client would be a privilege drop at best, confusion at worst.
        throw new IllegalStateException("RevertToSelf failed; refusing to continue on this thread");
      }
    }
    return opened ? token.getValue() : null;
  }
}
