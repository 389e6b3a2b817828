package com.maemuki.bridgelink.ipc.transport.windows;

import com.maemuki.bridgelink.ipc.transport.IpcConnection;
import com.maemuki.bridgelink.ipc.transport.PeerIdentity;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.WinNT.HANDLE;
import com.sun.jna.ptr.IntByReference;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * One end of a connected pipe instance, opened for overlapped I/O. A reader and a writer may work
 * at once (each has its own OVERLAPPED); {@link #close()} cancels both with {@code CancelIoEx} and
 * frees the handle only once neither touches it.
 */
final class NamedPipeConnection implements IpcConnection {
  private static final int CHUNK = 64 * 1024;

  private final HANDLE handle;
  private final Function<HANDLE, PeerIdentity> identify;
  private final ReentrantReadWriteLock lifecycle = new ReentrantReadWriteLock();
  private final Overlapped readOp = new Overlapped();
  private final Overlapped writeOp = new Overlapped();
  private final Memory readBuffer = new Memory(CHUNK);
  private final Memory writeBuffer = new Memory(CHUNK);
  private final InputStream input = new PipeInput();
  private final OutputStream output = new PipeOutput();
  private volatile boolean closed;
  private PeerIdentity peer;

  NamedPipeConnection(HANDLE handle, Function<HANDLE, PeerIdentity> identify) {
    this.handle = handle;
    this.identify = identify;
  }

  @Override
  public InputStream input() {
    return input;
  }

  @Override
  public OutputStream output() {
    return output;
  }

  /**
   * Read lazily: Windows lets a server impersonate its client only after reading from the pipe, so
   * the server asks once the first message is in.
   */
  @Override
  public synchronized PeerIdentity peer() {
    if (peer == null) {
      lifecycle.readLock().lock();
      try {
        if (closed) {
          throw new IllegalStateException("connection closed");
        }
        peer = identify.apply(handle);
      } finally {
        lifecycle.readLock().unlock();
      }
    }
    return peer;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    // An operation may start just after a cancel: cancel until every one has left.
    try {
      do {
        PipeNatives.Kernel.INSTANCE.CancelIoEx(handle, null);
      } while (!lifecycle.writeLock().tryLock(20, TimeUnit.MILLISECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    try {
      // No FlushFileBuffers (it waits for a client that may never read) and no
      // DisconnectNamedPipe (it discards the error frame we may just have sent): closing the
      // handle lets the client read what is buffered, then see the pipe broken.
      Kernel32.INSTANCE.CloseHandle(handle);
      readOp.close();
      writeOp.close();
    } finally {
      lifecycle.writeLock().unlock();
    }
  }

  /** Starts an operation and waits for it; returns the bytes transferred or -1 at end of pipe. */
  private int transfer(boolean read, int length) throws IOException {
    lifecycle.readLock().lock();
    try {
      if (closed) {
        throw new EOFException("pipe closed");
      }
      Overlapped op = read ? readOp : writeOp;
      IntByReference done = new IntByReference();
      boolean finished =
          read
              ? PipeNatives.Kernel.INSTANCE.ReadFile(handle, readBuffer, length, null, op.reset())
              : PipeNatives.Kernel.INSTANCE.WriteFile(
                  handle, writeBuffer, length, null, op.reset());
      int error = finished ? 0 : Native.getLastError();
      if (!finished && error != PipeErrors.IO_PENDING) {
        return failed(error, read);
      }
      if (!PipeNatives.Kernel.INSTANCE.GetOverlappedResult(handle, op.pointer(), done, true)) {
        return failed(Native.getLastError(), read);
      }
      return done.getValue();
    } finally {
      lifecycle.readLock().unlock();
    }
  }

  private int failed(int error, boolean read) throws IOException {
    if (PipeErrors.isDisconnect(error) && read) {
      return -1;
    }
    if (error == PipeErrors.OPERATION_ABORTED) {
      throw new InterruptedIOException("pipe I/O cancelled (connection closed)");
    }
    throw new IOException((read ? "ReadFile" : "WriteFile") + " failed: Win32 error " + error);
  }

  private final class PipeInput extends InputStream {
    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      synchronized (readBuffer) {
        int n = transfer(true, Math.min(length, CHUNK));
        if (n > 0) {
          readBuffer.read(0, buffer, offset, n);
        }
        return n == 0 ? read(buffer, offset, length) : n;
      }
    }
  }

  private final class PipeOutput extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] buffer, int offset, int length) throws IOException {
      synchronized (writeBuffer) {
        int position = offset;
        int end = offset + length;
        while (position < end) {
          int chunk = Math.min(CHUNK, end - position);
          writeBuffer.write(0, buffer, position, chunk);
          int n = transfer(false, chunk);
          if (n <= 0) {
            throw new EOFException("pipe closed while writing");
          }
          position += n;
        }
      }
    }
  }
}
