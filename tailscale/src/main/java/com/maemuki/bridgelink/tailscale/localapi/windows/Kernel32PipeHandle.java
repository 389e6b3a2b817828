package com.maemuki.bridgelink.tailscale.localapi.windows;

import com.maemuki.bridgelink.tailscale.localapi.PipeHandle;
import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.Win32Exception;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.platform.win32.WinNT.HANDLE;
import com.sun.jna.ptr.IntByReference;
import java.io.IOException;
import java.util.Arrays;

/** An open client handle of a named pipe, driven through jna-platform's Kernel32 bindings. */
final class Kernel32PipeHandle implements PipeHandle {

  private final HANDLE handle;

  Kernel32PipeHandle(HANDLE handle) {
    this.handle = handle;
  }

  @Override
  public int available() throws IOException {
    IntByReference total = new IntByReference();
    if (!Kernel32.INSTANCE.PeekNamedPipe(handle, null, 0, null, total, null)) {
      int error = Kernel32.INSTANCE.GetLastError();
      if (isDisconnect(error)) {
        return -1;
      }
      throw failure("PeekNamedPipe", error);
    }
    return total.getValue();
  }

  @Override
  public int read(byte[] target, int offset, int length) throws IOException {
    byte[] bytes = offset == 0 ? target : new byte[length];
    IntByReference read = new IntByReference();
    if (!Kernel32.INSTANCE.ReadFile(handle, bytes, length, read, null)) {
      int error = Kernel32.INSTANCE.GetLastError();
      if (isDisconnect(error)) {
        return -1;
      }
      throw failure("ReadFile", error);
    }
    if (bytes != target) {
      System.arraycopy(bytes, 0, target, offset, read.getValue());
    }
    return read.getValue();
  }

  @Override
  public void write(byte[] source, int offset, int length) throws IOException {
    byte[] rest = Arrays.copyOfRange(source, offset, offset + length);
    while (rest.length > 0) {
      IntByReference written = new IntByReference();
      if (!Kernel32.INSTANCE.WriteFile(handle, rest, rest.length, written, null)) {
        throw failure("WriteFile", Kernel32.INSTANCE.GetLastError());
      }
      rest = Arrays.copyOfRange(rest, written.getValue(), rest.length);
    }
  }

  @Override
  public void close() throws IOException {
    if (!Kernel32.INSTANCE.CloseHandle(handle)) {
      throw failure("CloseHandle", Kernel32.INSTANCE.GetLastError());
    }
  }

  private static boolean isDisconnect(int error) {
    return error == WinError.ERROR_BROKEN_PIPE
        || error == WinError.ERROR_PIPE_NOT_CONNECTED
        || error == WinError.ERROR_NO_DATA;
  }

  private static IOException failure(String call, int error) {
    return new IOException(call + " failed", new Win32Exception(error));
  }
}
