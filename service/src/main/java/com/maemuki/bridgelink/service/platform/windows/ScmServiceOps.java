package com.maemuki.bridgelink.service.platform.windows;

import com.maemuki.bridgelink.ipc.transport.windows.ScmQuery;
import com.maemuki.bridgelink.service.platform.ScmStates;
import com.maemuki.bridgelink.service.platform.ServiceManagerOps;
import com.maemuki.bridgelink.service.platform.ServiceOperationException;
import com.maemuki.bridgelink.service.platform.ServiceState;
import com.sun.jna.platform.win32.Advapi32;
import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.W32Service;
import com.sun.jna.platform.win32.W32ServiceManager;
import com.sun.jna.platform.win32.Win32Exception;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.platform.win32.Winsvc;
import java.util.Objects;

/**
 * SCM operations on one service (normally {@code Tailscale}). Start and stop are sent with the raw
 * StartService/ControlService calls, which return at once: the waiting is {@link
 * com.maemuki.bridgelink.service.platform.WaitingServiceControl}'s, under our own deadline (jna's
 * W32Service.startService waits on its own terms).
 */
public final class ScmServiceOps implements ServiceManagerOps {

  private final String serviceName;

  public ScmServiceOps(String serviceName) {
    this.serviceName = Objects.requireNonNull(serviceName, "serviceName");
  }

  @Override
  public ServiceState query() {
    try {
      int state = ScmQuery.status(serviceName).dwCurrentState;
      return new ServiceState(ScmStates.kind(state), ScmStates.name(state));
    } catch (Win32Exception e) {
      if (e.getErrorCode() == WinError.ERROR_SERVICE_DOES_NOT_EXIST) {
        return new ServiceState(ServiceState.Kind.NOT_INSTALLED, "no service named " + serviceName);
      }
      return ServiceState.unknown("SCM query failed: " + e.getMessage());
    } catch (RuntimeException e) {
      return ServiceState.unknown("SCM query failed: " + e);
    }
  }

  @Override
  public String describe() {
    return "SCM service " + serviceName;
  }

  @Override
  public void requestStart() throws ServiceOperationException {
    control(Winsvc.SERVICE_START, true);
  }

  @Override
  public void requestStop() throws ServiceOperationException {
    control(Winsvc.SERVICE_STOP, false);
  }

  private void control(int access, boolean start) throws ServiceOperationException {
    try (W32ServiceManager manager = new W32ServiceManager(Winsvc.SC_MANAGER_CONNECT)) {
      manager.open(Winsvc.SC_MANAGER_CONNECT);
      try (W32Service service =
          manager.openService(serviceName, access | Winsvc.SERVICE_QUERY_STATUS)) {
        boolean ok =
            start
                ? Advapi32.INSTANCE.StartService(service.getHandle(), 0, null)
                : Advapi32.INSTANCE.ControlService(
                    service.getHandle(), Winsvc.SERVICE_CONTROL_STOP, new Winsvc.SERVICE_STATUS());
        if (!ok) {
          int error = Kernel32.INSTANCE.GetLastError();
          if (error == WinError.ERROR_SERVICE_ALREADY_RUNNING
              || error == WinError.ERROR_SERVICE_NOT_ACTIVE) {
            return; // already where we want it: idempotent
          }
          throw new Win32Exception(error);
        }
      }
    } catch (Win32Exception e) {
      throw new ServiceOperationException(e.getMessage(), e);
    }
  }
}
