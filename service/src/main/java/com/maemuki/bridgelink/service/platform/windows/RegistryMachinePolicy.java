package com.maemuki.bridgelink.service.platform.windows;

import com.maemuki.bridgelink.service.config.MachinePolicy;
import com.sun.jna.platform.win32.Advapi32Util;
import com.sun.jna.platform.win32.Win32Exception;
import com.sun.jna.platform.win32.WinReg;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Machine policy from the registry: the install properties the MSI wrote under {@code
 * HKLM\SOFTWARE\Maemuki\BridgeLink}, overridden value by value by Group Policy under {@code
 * HKLM\SOFTWARE\Policies\Maemuki\BridgeLink} (which the MSI never writes or deletes). REG_SZ values
 * are taken as they are, REG_DWORD as decimal text; interpretation is {@code PolicySettings}'s job.
 */
public final class RegistryMachinePolicy implements MachinePolicy {

  public static final String KEY = "SOFTWARE\\Policies\\Maemuki\\BridgeLink";
  public static final String PRODUCT_KEY = "SOFTWARE\\Maemuki\\BridgeLink";
  private static final Logger log = LoggerFactory.getLogger(RegistryMachinePolicy.class);

  @Override
  public Map<String, String> read() {
    Map<String, String> values = read(PRODUCT_KEY);
    values.putAll(read(KEY));
    return values;
  }

  private static Map<String, String> read(String key) {
    Map<String, String> values = new LinkedHashMap<>();
    try {
      if (!Advapi32Util.registryKeyExists(WinReg.HKEY_LOCAL_MACHINE, key)) {
        return values;
      }
      for (String name : NAMES) {
        if (Advapi32Util.registryValueExists(WinReg.HKEY_LOCAL_MACHINE, key, name)) {
          Object value = Advapi32Util.registryGetValue(WinReg.HKEY_LOCAL_MACHINE, key, name);
          if (value instanceof String[]) {
            values.put(name, String.join(",", (String[]) value));
          } else if (value != null) {
            values.put(name, value.toString());
          }
        }
      }
    } catch (Win32Exception e) {
      log.warn("cannot read machine policy HKLM\\{}: {}", key, e.getMessage());
    }
    return values;
  }

  @Override
  public String describe() {
    return "HKLM\\" + KEY + " over HKLM\\" + PRODUCT_KEY;
  }
}
