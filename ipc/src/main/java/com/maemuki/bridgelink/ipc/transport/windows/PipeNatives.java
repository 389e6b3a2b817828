package com.maemuki.bridgelink.ipc.transport.windows;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.WString;
import com.sun.jna.platform.win32.WinNT.HANDLE;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import com.sun.jna.win32.StdCallLibrary;
import com.sun.jna.win32.W32APIOptions;

/**
 * The calls jna-platform lacks (or binds unusably for overlapped I/O: its {@code ReadFile} takes a
 * {@code byte[]} that JNA copies back as soon as the call returns, while the kernel is still
 * writing). Buffers and OVERLAPPED blocks are raw {@link Pointer}s to memory we own, so nothing is
 * re-marshalled while an operation is pending.
 */
final class PipeNatives {
  private PipeNatives() {}

  /** kernel32. */
  interface Kernel extends StdCallLibrary {
    Kernel INSTANCE = Native.load("kernel32", Kernel.class, W32APIOptions.DEFAULT_OPTIONS);

    boolean ReadFile(HANDLE file, Pointer buffer, int length, IntByReference read, Pointer ov);

    boolean WriteFile(HANDLE file, Pointer buffer, int length, IntByReference written, Pointer ov);

    boolean ConnectNamedPipe(HANDLE pipe, Pointer overlapped);

    boolean GetOverlappedResult(
        HANDLE file, Pointer overlapped, IntByReference transferred, boolean wait);

    boolean CancelIoEx(HANDLE file, Pointer overlapped);
  }

  /** advapi32. */
  interface Advapi extends StdCallLibrary {
    Advapi INSTANCE = Native.load("advapi32", Advapi.class, W32APIOptions.DEFAULT_OPTIONS);

    boolean ConvertStringSecurityDescriptorToSecurityDescriptorW(
        WString sddl, int revision, PointerByReference descriptor, IntByReference size);

    boolean ImpersonateNamedPipeClient(HANDLE pipe);
  }
}
