package com.maemuki.bridgelink.ipc.transport.windows;

import com.sun.jna.platform.win32.W32Service;
import com.sun.jna.platform.win32.W32ServiceManager;
import com.sun.jna.platform.win32.Win32Exception;
import com.sun.jna.platform.win32.Winsvc;

/**
 * The one SCM status query of the product, for a named service: the pipe's server check reads its
 * PID ({@link ScmServicePid}), the service reads tailscaled's state from it ({@code
 * service.platform.windows.ScmServiceOps}). It lives here, in the lowest module that needs it.
 */
public final class ScmQuery {

  private ScmQuery() {}

  /**
   * The service's current status (state and PID), with query-only access.
   *
   * @throws Win32Exception when the SCM cannot be opened or has no such service ({@code
   *     ERROR_SERVICE_DOES_NOT_EXIST})
   */
  public static Winsvc.SERVICE_STATUS_PROCESS status(String serviceName) {
    // The constructor opens the SCM with the given access.
    try (W32ServiceManager manager = new W32ServiceManager(Winsvc.SC_MANAGER_CONNECT);
        W32Service service = manager.openService(serviceName, Winsvc.SERVICE_QUERY_STATUS)) {
      return service.queryStatus();
    }
  }
}
