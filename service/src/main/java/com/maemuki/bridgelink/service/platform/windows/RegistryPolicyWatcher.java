package com.maemuki.bridgelink.service.platform.windows;

import com.maemuki.bridgelink.service.platform.PolicyChangeWatcher;
import com.sun.jna.platform.win32.Advapi32;
import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.WinBase;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.platform.win32.WinReg;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires when a firewall policy key changes: the local firewall policy, the Group Policy firewall
 * settings, and the network list profiles (where the adapter's category lives). One thread waits on
 * one event per key plus a stop event; RegNotifyChangeKeyValue is re-armed after every change on
 * the same thread (an asynchronous notification ends with the thread that asked for it).
 */
public final class RegistryPolicyWatcher implements PolicyChangeWatcher {

  /** Under HKLM; a missing key is skipped (GPO keys exist only when a policy is set). */
  static final List<String> KEYS =
      List.of(
          "SYSTEM\\CurrentControlSet\\Services\\SharedAccess\\Parameters\\FirewallPolicy",
          "SOFTWARE\\Policies\\Microsoft",
          "SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\NetworkList\\Profiles");

  private static final int FILTER = WinNT.REG_NOTIFY_CHANGE_NAME | WinNT.REG_NOTIFY_CHANGE_LAST_SET;
  private static final Logger LOG = LoggerFactory.getLogger(RegistryPolicyWatcher.class);

  @Override
  public AutoCloseable start(Runnable onChange) {
    WinNT.HANDLE stop = Kernel32.INSTANCE.CreateEvent(null, true, false, null);
    Thread thread = new Thread(() -> watch(stop, onChange), "firewall-policy-watcher");
    thread.setDaemon(true);
    thread.start();
    return () -> {
      Kernel32.INSTANCE.SetEvent(stop);
      thread.join(5_000);
      Kernel32.INSTANCE.CloseHandle(stop);
    };
  }

  private static void watch(WinNT.HANDLE stop, Runnable onChange) {
    List<WinReg.HKEY> keys = new ArrayList<>();
    List<WinNT.HANDLE> events = new ArrayList<>();
    try {
      for (String path : KEYS) {
        WinReg.HKEYByReference key = new WinReg.HKEYByReference();
        int rc =
            Advapi32.INSTANCE.RegOpenKeyEx(
                WinReg.HKEY_LOCAL_MACHINE, path, 0, WinNT.KEY_NOTIFY, key);
        if (rc != WinError.ERROR_SUCCESS) {
          LOG.debug("not watching HKLM\\{}: error {}", path, rc);
          continue;
        }
        WinNT.HANDLE event = Kernel32.INSTANCE.CreateEvent(null, false, false, null);
        keys.add(key.getValue());
        events.add(event);
        arm(key.getValue(), event);
      }
      WinNT.HANDLE[] handles = new WinNT.HANDLE[events.size() + 1];
      handles[0] = stop;
      for (int i = 0; i < events.size(); i++) {
        handles[i + 1] = events.get(i);
      }
      while (true) {
        int which =
            Kernel32.INSTANCE.WaitForMultipleObjects(
                handles.length, handles, false, WinBase.INFINITE);
        int index = which - WinBase.WAIT_OBJECT_0;
        if (index <= 0 || index >= handles.length) {
          return; // stop requested, or the wait failed
        }
        arm(keys.get(index - 1), events.get(index - 1));
        try {
          onChange.run();
        } catch (RuntimeException e) {
          LOG.warn("firewall re-evaluation trigger failed: {}", e.toString());
        }
      }
    } catch (RuntimeException | LinkageError e) {
      LOG.warn("firewall policy watcher stopped: {}", e.toString());
    } finally {
      keys.forEach(Advapi32.INSTANCE::RegCloseKey);
      events.forEach(Kernel32.INSTANCE::CloseHandle);
    }
  }

  private static void arm(WinReg.HKEY key, WinNT.HANDLE event) {
    int rc = Advapi32.INSTANCE.RegNotifyChangeKeyValue(key, true, FILTER, event, true);
    if (rc != WinError.ERROR_SUCCESS) {
      LOG.warn("RegNotifyChangeKeyValue failed: error {}", rc);
    }
  }
}
