package com.maemuki.bridgelink.ipc.transport.windows;

import com.maemuki.bridgelink.ipc.transport.GroupMembership;
import com.maemuki.bridgelink.ipc.transport.PeerIdentity;
import com.sun.jna.Memory;
import com.sun.jna.platform.win32.Advapi32;
import com.sun.jna.platform.win32.Advapi32Util;
import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.Win32Exception;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.ptr.IntByReference;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an access token into a {@link PeerIdentity}: the user's SID and name, and every group with
 * its attributes, deny-only and disabled ones included (a non-elevated administrator's token lists
 * Administrators as deny-only; the service's authorizer must see that to refuse it). Reading only:
 * every decision is made in pure Java on the result.
 */
public final class TokenIdentity {

  private TokenIdentity() {}

  /** The identity behind {@code token} (opened with TOKEN_QUERY) of process {@code pid}. */
  public static PeerIdentity of(WinNT.HANDLE token, long pid, int sessionId) {
    Advapi32Util.Account user = Advapi32Util.getTokenAccount(token);
    String name =
        user.domain == null || user.domain.isEmpty() ? user.name : user.domain + "\\" + user.name;
    return new PeerIdentity(name, user.sidString, -1, -1, pid, sessionId, groups(token));
  }

  /** This process's identity (the windows-it test; {@code bridge-link} run by hand). */
  public static PeerIdentity currentProcess() {
    WinNT.HANDLEByReference token = new WinNT.HANDLEByReference();
    if (!Advapi32.INSTANCE.OpenProcessToken(
        Kernel32.INSTANCE.GetCurrentProcess(), WinNT.TOKEN_QUERY, token)) {
      throw new Win32Exception(Kernel32.INSTANCE.GetLastError());
    }
    try {
      return of(token.getValue(), ProcessHandle.current().pid(), -1);
    } finally {
      Kernel32.INSTANCE.CloseHandle(token.getValue());
    }
  }

  private static List<GroupMembership> groups(WinNT.HANDLE token) {
    IntByReference size = new IntByReference();
    Advapi32.INSTANCE.GetTokenInformation(
        token, WinNT.TOKEN_INFORMATION_CLASS.TokenGroups, null, 0, size);
    if (size.getValue() <= 0) {
      throw new Win32Exception(Kernel32.INSTANCE.GetLastError());
    }
    WinNT.TOKEN_GROUPS groups = emptyTokenGroups(size.getValue());
    if (!Advapi32.INSTANCE.GetTokenInformation(
        token, WinNT.TOKEN_INFORMATION_CLASS.TokenGroups, groups, size.getValue(), size)) {
      throw new Win32Exception(Kernel32.INSTANCE.GetLastError());
    }
    List<GroupMembership> memberships = new ArrayList<>();
    for (WinNT.SID_AND_ATTRIBUTES group : groups.getGroups()) {
      memberships.add(
          GroupMembership.fromTokenAttributes(group.Sid.getSidString(), group.Attributes));
    }
    return memberships;
  }

  /**
   * A TOKEN_GROUPS over {@code size} zeroed bytes. Its constructor reads the memory at once (and
   * JNA writes it back before the call): over fresh, uninitialised memory it followed garbage SID
   * pointers, which under Wine killed the IPC reader ("Invalid memory access") or corrupted the
   * heap (an access violation in ntdll later).
   */
  static WinNT.TOKEN_GROUPS emptyTokenGroups(int size) {
    Memory memory = new Memory(size);
    memory.clear();
    return new WinNT.TOKEN_GROUPS(memory);
  }
}
