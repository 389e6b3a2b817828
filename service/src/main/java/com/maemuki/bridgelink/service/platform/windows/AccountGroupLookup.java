package com.maemuki.bridgelink.service.platform.windows;

import com.maemuki.bridgelink.service.config.OperatorsGroupSetting;
import com.maemuki.bridgelink.service.platform.GroupLookup;
import com.sun.jna.platform.win32.Advapi32Util;
import java.util.Locale;
import java.util.Optional;

/**
 * Operators group lookup on Windows: a name ("Maemuki Operators", "CONTOSO\\Bridge Ops") through
 * LookupAccountName, a SID string through LookupAccountSid; either must name a group (not a user),
 * and the result is the SID the callers' token groups carry.
 */
public final class AccountGroupLookup implements GroupLookup {

  @Override
  public Optional<String> idOf(String group) {
    try {
      Advapi32Util.Account account =
          OperatorsGroupSetting.looksLikeSid(group)
              ? Advapi32Util.getAccountBySid(group)
              : Advapi32Util.getAccountByName(group);
      if (!GroupLookup.isGroupAccountType(account.accountType)) {
        return Optional.empty();
      }
      return Optional.of(account.sidString.toUpperCase(Locale.ROOT));
    } catch (RuntimeException e) { // Win32Exception: no such account, domain unreachable
      return Optional.empty();
    }
  }
}
