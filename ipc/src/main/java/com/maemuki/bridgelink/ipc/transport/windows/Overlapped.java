package com.maemuki.bridgelink.ipc.transport.windows;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.WinNT.HANDLE;

/**
 * One OVERLAPPED block in memory we own, with its manual-reset event. Laid out by hand (Internal,
 * InternalHigh, Offset, OffsetHigh, hEvent) so that JNA never writes it back while the kernel owns
 * it.
 */
final class Overlapped implements AutoCloseable {
  private static final int EVENT_OFFSET = 2 * Native.POINTER_SIZE + 8;
  private final Memory block = new Memory(EVENT_OFFSET + Native.POINTER_SIZE);
  private final HANDLE event;

  Overlapped() {
    event = Kernel32.INSTANCE.CreateEvent(null, true, false, null);
    if (event == null) {
      throw new IllegalStateException("CreateEvent failed: " + Native.getLastError());
    }
    reset();
  }

  /** Clears the block for the next operation (only when none is pending). */
  Pointer reset() {
    block.clear();
    Kernel32.INSTANCE.ResetEvent(event);
    block.setPointer(EVENT_OFFSET, event.getPointer());
    return block;
  }

  Pointer pointer() {
    return block;
  }

  HANDLE event() {
    return event;
  }

  @Override
  public void close() {
    Kernel32.INSTANCE.CloseHandle(event);
  }
}
