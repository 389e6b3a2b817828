package com.maemuki.bridgelink.ipc.transport.windows;

import com.maemuki.bridgelink.ipc.transport.PeerIdentity;
import com.sun.jna.Memory;
import com.sun.jna.platform.win32.Advapi32;
import com.sun.jna.platform.win32.Advapi32Util;
import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.WinDef.ULONGByReference;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.platform.win32.WinNT.HANDLE;
import com.sun.jna.platform.win32.WinNT.HANDLEByReference;
import com.sun.jna.ptr.IntByReference;
import java.util.HashSet;
import java.util.Set;

/**
 * Who is on the client end of a server pipe: its PID and session from the pipe, its user and
 * enabled groups from its token (taken by impersonating the client just long enough to open the
 * thread token), and whether it holds an enabled Administrators membership.
 */
final class PipeClientIdentity {
  /** BUILTIN\Administrators. */
  static final String ADMINISTRATORS_SID = "S-1-5-32-544";

  private static final int SE_GROUP_ENABLED = 0x4;
  private static final int SE_GROUP_USE_FOR_DENY_ONLY = 0x10;

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
      return new PeerIdentity("", -1, -1, clientPid, clientSession, Set.of(), false);
    }
    try {
      String user = Advapi32Util.getTokenAccount(token).sidString;
      return new PeerIdentity(
          user,
          -1,
          -1,
          clientPid,
          clientSession,
          enabledGroups(token),
          isMember(token, ADMINISTRATORS_SID));
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

  private static Set<String> enabledGroups(HANDLE token) {
    IntByReference size = new IntByReference();
    Advapi32.INSTANCE.GetTokenInformation(
        token, WinNT.TOKEN_INFORMATION_CLASS.TokenGroups, null, 0, size);
    if (size.getValue() <= 0) {
      return Set.of();
    }
    WinNT.TOKEN_GROUPS groups = new WinNT.TOKEN_GROUPS(new Memory(size.getValue()));
    if (!Advapi32.INSTANCE.GetTokenInformation(
        token, WinNT.TOKEN_INFORMATION_CLASS.TokenGroups, groups, size.getValue(), size)) {
      return Set.of();
    }
    Set<String> sids = new HashSet<>();
    for (WinNT.SID_AND_ATTRIBUTES group : groups.getGroups()) {
      boolean enabled = (group.Attributes & SE_GROUP_ENABLED) != 0;
      boolean denyOnly = (group.Attributes & SE_GROUP_USE_FOR_DENY_ONLY) != 0;
      if (enabled && !denyOnly) {
        sids.add(group.Sid.getSidString());
      }
    }
    return sids;
  }

  private static boolean isMember(HANDLE token, String sidString) {
    WinNT.PSIDByReference sid = new WinNT.PSIDByReference();
    if (!Advapi32.INSTANCE.ConvertStringSidToSid(sidString, sid)) {
      return false;
    }
    try {
      IntByReference member = new IntByReference();
      return PipeNatives.Advapi.INSTANCE.CheckTokenMembership(
              token, sid.getValue().getPointer(), member)
          && member.getValue() != 0;
    } finally {
      Kernel32.INSTANCE.LocalFree(sid.getValue().getPointer());
    }
  }
}
