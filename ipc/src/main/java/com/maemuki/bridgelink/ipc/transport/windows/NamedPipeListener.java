package com.maemuki.bridgelink.ipc.transport.windows;

import com.maemuki.bridgelink.ipc.transport.IpcConnection;
import com.maemuki.bridgelink.ipc.transport.IpcListener;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.WString;
import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.WinBase;
import com.sun.jna.platform.win32.WinDef;
import com.sun.jna.platform.win32.WinNT.HANDLE;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;

/**
 * Accepts clients on pipe instances. The first instance is created with {@code
 * FILE_FLAG_FIRST_PIPE_INSTANCE} (fails if anyone already owns the name); after each connection the
 * next instance is created before the connected one is handed over, so a client never finds the
 * name missing between accepts.
 */
final class NamedPipeListener implements IpcListener {
  private static final int PIPE_ACCESS_DUPLEX = 0x3;
  private static final int FILE_FLAG_OVERLAPPED = 0x40000000;
  private static final int FILE_FLAG_FIRST_PIPE_INSTANCE = 0x00080000;
  private static final int PIPE_TYPE_BYTE = 0x0;
  private static final int PIPE_READMODE_BYTE = 0x0;
  private static final int PIPE_WAIT = 0x0;
  private static final int PIPE_REJECT_REMOTE_CLIENTS = 0x8;
  private static final int PIPE_UNLIMITED_INSTANCES = 255;
  private static final int BUFFER_BYTES = 64 * 1024;
  private static final int SDDL_REVISION_1 = 1;
  private static final int INFINITE = 0xFFFFFFFF;

  private final String name;
  private final Pointer descriptor;
  private final HANDLE stop;
  private final Overlapped acceptOp = new Overlapped();
  private final Object acceptLock = new Object();
  private volatile boolean closed;
  private HANDLE next;

  NamedPipeListener(String name, String sddl) throws IOException {
    this.name = name;
    PointerByReference sd = new PointerByReference();
    if (!PipeNatives.Advapi.INSTANCE.ConvertStringSecurityDescriptorToSecurityDescriptorW(
        new WString(sddl), SDDL_REVISION_1, sd, new IntByReference())) {
      throw new IOException("invalid pipe SDDL (Win32 error " + Native.getLastError() + ")");
    }
    this.descriptor = sd.getValue();
    this.stop = Kernel32.INSTANCE.CreateEvent(null, true, false, null);
    this.next = createInstance(true);
  }

  private HANDLE createInstance(boolean first) throws IOException {
    WinBase.SECURITY_ATTRIBUTES attributes = new WinBase.SECURITY_ATTRIBUTES();
    attributes.dwLength = new WinDef.DWORD(attributes.size());
    attributes.lpSecurityDescriptor = descriptor;
    attributes.bInheritHandle = false;
    HANDLE pipe =
        Kernel32.INSTANCE.CreateNamedPipe(
            name,
            PIPE_ACCESS_DUPLEX | FILE_FLAG_OVERLAPPED | (first ? FILE_FLAG_FIRST_PIPE_INSTANCE : 0),
            PIPE_TYPE_BYTE | PIPE_READMODE_BYTE | PIPE_WAIT | PIPE_REJECT_REMOTE_CLIENTS,
            PIPE_UNLIMITED_INSTANCES,
            BUFFER_BYTES,
            BUFFER_BYTES,
            0,
            attributes);
    // CreateNamedPipe signals failure with INVALID_HANDLE_VALUE, not NULL.
    if (pipe == null || WinBase.INVALID_HANDLE_VALUE.equals(pipe)) {
      int error = Native.getLastError();
      if (first && error == PipeErrors.ACCESS_DENIED) {
        throw new IOException(
            name + " already exists (another Bridge Link service?) or we may not create it");
      }
      throw new IOException("CreateNamedPipe " + name + " failed: Win32 error " + error);
    }
    return pipe;
  }

  @Override
  public IpcConnection accept() throws IOException {
    synchronized (acceptLock) {
      if (closed) {
        throw new ClosedChannelException();
      }
      HANDLE instance = next;
      waitForClient(instance);
      next = createInstance(false);
      return new NamedPipeConnection(instance, PipeClientIdentity::identify);
    }
  }

  private void waitForClient(HANDLE instance) throws IOException {
    while (true) {
      boolean connected = PipeNatives.Kernel.INSTANCE.ConnectNamedPipe(instance, acceptOp.reset());
      int error = connected ? 0 : Native.getLastError();
      switch (PipeErrors.connectOutcome(connected, error)) {
        case CONNECTED:
          return;
        case CLIENT_GONE:
          // A client connected and closed before we called ConnectNamedPipe: the instance stays
          // in the closing state (every further ConnectNamedPipe says ERROR_NO_DATA) until it is
          // disconnected; then it listens again.
          Kernel32.INSTANCE.DisconnectNamedPipe(instance);
          continue;
        case PENDING:
          if (awaitPendingConnect(instance)) {
            return;
          }
          continue;
        default:
          throw new IOException("ConnectNamedPipe failed: Win32 error " + error);
      }
    }
  }

  /** True when a client connected; false when one came and went (retry); throws otherwise. */
  private boolean awaitPendingConnect(HANDLE instance) throws IOException {
    int which =
        Kernel32.INSTANCE.WaitForMultipleObjects(
            2, new HANDLE[] {acceptOp.event(), stop}, false, INFINITE);
    IntByReference ignored = new IntByReference();
    if (which == 0) {
      if (PipeNatives.Kernel.INSTANCE.GetOverlappedResult(
          instance, acceptOp.pointer(), ignored, false)) {
        return true;
      }
      int error = Native.getLastError();
      if (!closed
          && PipeErrors.connectOutcome(false, error) == PipeErrors.ConnectOutcome.CLIENT_GONE) {
        Kernel32.INSTANCE.DisconnectNamedPipe(instance);
        return false;
      }
    }
    PipeNatives.Kernel.INSTANCE.CancelIoEx(instance, acceptOp.pointer());
    PipeNatives.Kernel.INSTANCE.GetOverlappedResult(instance, acceptOp.pointer(), ignored, true);
    if (closed) {
      throw new ClosedChannelException();
    }
    throw new IOException("waiting for a pipe client failed: Win32 error " + Native.getLastError());
  }

  @Override
  public String describe() {
    return name;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    Kernel32.INSTANCE.SetEvent(stop);
    synchronized (acceptLock) {
      if (next != null) {
        Kernel32.INSTANCE.CloseHandle(next);
        next = null;
      }
      acceptOp.close();
      Kernel32.INSTANCE.CloseHandle(stop);
      Kernel32.INSTANCE.LocalFree(descriptor);
    }
  }
}
