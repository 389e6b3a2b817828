package com.maemuki.bridgelink.service.platform.windows;

import com.maemuki.bridgelink.service.config.MachinePolicy;
import com.sun.jna.platform.win32.Advapi32Util;
import com.sun.jna.platform.win32.Win32Exception;
import com.sun.jna.platform.win32.WinReg;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Machine policy from {@code HKLM\SOFTWARE\Policies\Maemuki\BridgeLink} (written by the MSI or by
 * Group Policy). REG_SZ values are taken as they are, REG_DWORD as decimal text; interpretation is
 * {@code PolicySettings}'s job.
 */
public final class RegistryMachinePolicy implements MachinePolicy {

  public static final String KEY = "SOFTWARE\\Policies\\Maemuki\\BridgeLink";
  private static final Logger log = LoggerFactory.getLogger(RegistryMachinePolicy.class);
  private static final List<String> NAMES =
      List.of(PEERS, PEER_PORTS, LOCAL_PORTS, ALLOW_USER_REPAIR, OPERATORS_GROUP, TRAY);

  @Override
  public Map<String, String> read() {
    Map<String, String> values = new LinkedHashMap<>();
    try {
      if (!Advapi32Util.registryKeyExists(WinReg.HKEY_LOCAL_MACHINE, KEY)) {
        return values;
      }
      for (String name : NAMES) {
        if (Advapi32Util.registryValueExists(WinReg.HKEY_LOCAL_MACHINE, KEY, name)) {
          Object value = Advapi32Util.registryGetValue(WinReg.HKEY_LOCAL_MACHINE, KEY, name);
          if (value instanceof String[]) {
            values.put(name, String.join(",", (String[]) value));
          } else if (value != null) {
            values.put(name, value.toString());
          }
        }
      }
    } catch (Win32Exception e) {
      log.warn("cannot read machine policy HKLM\\{}: {}", KEY, e.getMessage());
    }
    return values;
  }

  @Override
  public String describe() {
    return "HKLM\\" + KEY;
  }
}
