package com.maemuki.bridgelink.service.platform.windows;

import com.maemuki.bridgelink.service.platform.CallerIdentity;
import com.maemuki.bridgelink.service.platform.GroupMembership;
import com.sun.jna.platform.win32.Advapi32;
import com.sun.jna.platform.win32.Advapi32Util;
import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.Win32Exception;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.ptr.IntByReference;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a caller's identity from a Windows access token: the user SID and name, and every group
 * with its attributes (deny-only matters: a non-elevated admin's token lists Administrators as
 * deny-only). The ipc server passes the token it got by impersonating the pipe client; deciding is
 * {@link com.maemuki.bridgelink.service.platform.OperatorRule}'s job.
 */
public final class TokenIdentity {

  private TokenIdentity() {}

  /** The identity behind {@code token} (needs TOKEN_QUERY access). */
  public static CallerIdentity of(WinNT.HANDLE token) {
    Advapi32Util.Account user = Advapi32Util.getTokenAccount(token);
    IntByReference size = new IntByReference();
    Advapi32.INSTANCE.GetTokenInformation(
        token, WinNT.TOKEN_INFORMATION_CLASS.TokenGroups, null, 0, size);
    if (size.getValue() <= 0) {
      throw new Win32Exception(Kernel32.INSTANCE.GetLastError());
    }
    WinNT.TOKEN_GROUPS groups = new WinNT.TOKEN_GROUPS(size.getValue());
    if (!Advapi32.INSTANCE.GetTokenInformation(
        token, WinNT.TOKEN_INFORMATION_CLASS.TokenGroups, groups, size.getValue(), size)) {
      throw new Win32Exception(Kernel32.INSTANCE.GetLastError());
    }
    List<GroupMembership> memberships = new ArrayList<>();
    for (WinNT.SID_AND_ATTRIBUTES g : groups.getGroups()) {
      memberships.add(GroupMembership.fromTokenAttributes(g.Sid.getSidString(), g.Attributes));
    }
    String name =
        user.domain == null || user.domain.isEmpty() ? user.name : user.domain + "\\" + user.name;
    return new CallerIdentity(user.sidString, name, memberships);
  }

  /** The identity of this process (for tests and `bridge-link` run by hand). */
  public static CallerIdentity currentProcess() {
    WinNT.HANDLEByReference token = new WinNT.HANDLEByReference();
    if (!Advapi32.INSTANCE.OpenProcessToken(
        Kernel32.INSTANCE.GetCurrentProcess(), WinNT.TOKEN_QUERY, token)) {
      throw new Win32Exception(Kernel32.INSTANCE.GetLastError());
    }
    try {
      return of(token.getValue());
    } finally {
      Kernel32.INSTANCE.CloseHandle(token.getValue());
    }
  }

  /** The SID of a local or domain group given by name (the configured operators group). */
  public static String groupSid(String groupName) {
    return Advapi32Util.getAccountByName(groupName).sidString;
  }
}
