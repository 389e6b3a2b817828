package com.maemuki.bridgelink.service.platform.windows;

import com.maemuki.bridgelink.service.platform.DaemonControl;
import com.maemuki.bridgelink.service.platform.ScmStates;
import com.maemuki.bridgelink.service.platform.ServiceState;
import com.sun.jna.platform.win32.W32Service;
import com.sun.jna.platform.win32.W32ServiceManager;
import com.sun.jna.platform.win32.Win32Exception;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.platform.win32.Winsvc;

/** The SCM's view of Tailscale's Windows service ({@code Tailscale}). */
public final class ScmDaemonControl implements DaemonControl {

  public static final String SERVICE = "Tailscale";

  @Override
  public ServiceState query() {
    try (W32ServiceManager manager = new W32ServiceManager(Winsvc.SC_MANAGER_CONNECT)) {
      manager.open(Winsvc.SC_MANAGER_CONNECT);
      try (W32Service service = manager.openService(SERVICE, Winsvc.SERVICE_QUERY_STATUS)) {
        int state = service.queryStatus().dwCurrentState;
        return new ServiceState(ScmStates.kind(state), ScmStates.name(state));
      }
    } catch (Win32Exception e) {
      if (e.getErrorCode() == WinError.ERROR_SERVICE_DOES_NOT_EXIST) {
        return new ServiceState(ServiceState.Kind.NOT_INSTALLED, "no service named " + SERVICE);
      }
      return ServiceState.unknown("SCM query failed: " + e.getMessage());
    }
  }

  @Override
  public String describe() {
    return "SCM service " + SERVICE;
  }
}
