package com.maemuki.bridgelink.ipc.transport.windows;

import com.sun.jna.platform.win32.Win32Exception;
import java.util.function.LongSupplier;

/**
 * The PID the SCM reports for our service: what the pipe's server PID must equal before a client
 * trusts it (a pipe served by any other process is an impostor, the OpenVPN CVE-2024-4877 lesson).
 */
public final class ScmServicePid implements LongSupplier {
  private final String serviceName;

  public ScmServicePid(String serviceName) {
    this.serviceName = serviceName;
  }

  /** The PID, or -1 when the service is not installed or not running (no server is trusted). */
  @Override
  public long getAsLong() {
    try {
      int pid = ScmQuery.status(serviceName).dwProcessId;
      return pid == 0 ? -1 : pid;
    } catch (Win32Exception e) {
      return -1;
    }
  }
}
