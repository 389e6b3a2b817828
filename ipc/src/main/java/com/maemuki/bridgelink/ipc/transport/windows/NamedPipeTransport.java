package com.maemuki.bridgelink.ipc.transport.windows;

import com.maemuki.bridgelink.ipc.transport.IpcConnection;
import com.maemuki.bridgelink.ipc.transport.IpcListener;
import com.maemuki.bridgelink.ipc.transport.IpcTransport;
import com.maemuki.bridgelink.ipc.transport.PeerIdentity;
import com.maemuki.bridgelink.ipc.transport.PipeSecurity;
import com.maemuki.bridgelink.ipc.transport.ServiceUnavailableException;
import com.maemuki.bridgelink.ipc.transport.UntrustedServerException;
import com.sun.jna.Native;
import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.WinBase;
import com.sun.jna.platform.win32.WinDef.ULONGByReference;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.platform.win32.WinNT.HANDLE;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * A named pipe. The server side protects it with {@link PipeSecurity}; the client opens it at
 * Identification level (the service may learn who we are, never act as us) and refuses a server
 * whose PID is not {@code expectedServerPid}.
 */
public final class NamedPipeTransport implements IpcTransport {
  private static final int SECURITY_SQOS_PRESENT = 0x00100000;
  private static final int SECURITY_IDENTIFICATION = 0x00010000;
  private static final int FILE_FLAG_OVERLAPPED = 0x40000000;

  private final String name;
  private final LongSupplier expectedServerPid;
  private final PipeSecurity security;

  public NamedPipeTransport(String name, LongSupplier expectedServerPid, PipeSecurity security) {
    this.name = name;
    this.expectedServerPid = expectedServerPid;
    this.security = security;
  }

  public NamedPipeTransport(String name, LongSupplier expectedServerPid) {
    this(name, expectedServerPid, PipeSecurity.productDefault());
  }

  /** Clients trust the server only when its PID is the SCM's PID of {@code serviceName}. */
  public static NamedPipeTransport forService(String name, String serviceName) {
    return new NamedPipeTransport(name, new ScmServicePid(serviceName));
  }

  @Override
  public IpcListener bind() throws IOException {
    return new NamedPipeListener(name, security.sddl());
  }

  @Override
  public IpcConnection connect(Duration timeout) throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      HANDLE pipe =
          Kernel32.INSTANCE.CreateFile(
              name,
              WinNT.GENERIC_READ | WinNT.GENERIC_WRITE,
              0,
              null,
              WinNT.OPEN_EXISTING,
              FILE_FLAG_OVERLAPPED | SECURITY_SQOS_PRESENT | SECURITY_IDENTIFICATION,
              null);
      if (pipe != null && !WinBase.INVALID_HANDLE_VALUE.equals(pipe)) {
        return verified(pipe);
      }
      int error = Native.getLastError();
      long remainingMs = (deadline - System.nanoTime()) / 1_000_000;
      if (error == PipeErrors.PIPE_BUSY && remainingMs > 0) {
        Kernel32.INSTANCE.WaitNamedPipe(name, (int) Math.min(remainingMs, Integer.MAX_VALUE));
        continue;
      }
      if (error == PipeErrors.FILE_NOT_FOUND || error == PipeErrors.PIPE_BUSY) {
        throw new ServiceUnavailableException(
            "the Bridge Link service is not running (no pipe " + name + ")", null);
      }
      if (error == PipeErrors.ACCESS_DENIED) {
        throw new IOException("this account may not connect to the Bridge Link service");
      }
      throw new IOException("cannot open " + name + ": Win32 error " + error);
    }
  }

  private IpcConnection verified(HANDLE pipe) throws IOException {
    ULONGByReference serverPid = new ULONGByReference();
    long actual =
        Kernel32.INSTANCE.GetNamedPipeServerProcessId(pipe, serverPid)
            ? serverPid.getValue().longValue()
            : -1;
    long expected = expectedServerPid.getAsLong();
    if (actual < 0 || actual != expected) {
      Kernel32.INSTANCE.CloseHandle(pipe);
      throw new UntrustedServerException(name, actual, expected);
    }
    PeerIdentity server = new PeerIdentity("service", "", -1, -1, actual, -1, List.of());
    return new NamedPipeConnection(pipe, handle -> server);
  }

  @Override
  public String describe() {
    return name;
  }
}
