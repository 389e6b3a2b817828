package com.maemuki.bridgelink.tailscale.localapi;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A {@link LocalApiChannel} over a synchronous named-pipe handle. A blocking {@code ReadFile} on a
 * pipe cannot be interrupted by closing the handle from another thread (the close waits for the
 * read), so this never blocks inside the handle: it polls for available bytes with a short, growing
 * pause and reads only what is there. {@link #close()} therefore takes effect at the next poll.
 */
public final class PolledPipeChannel implements LocalApiChannel {

  private static final long MIN_PAUSE_NANOS = TimeUnit.MICROSECONDS.toNanos(200);
  private static final long MAX_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

  private final PipeHandle handle;
  private final Object io = new Object();
  private volatile boolean closeRequested;
  private boolean closed;

  public PolledPipeChannel(PipeHandle handle) {
    this.handle = handle;
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    long pause = MIN_PAUSE_NANOS;
    while (true) {
      synchronized (io) {
        ensureOpen();
        int ready = handle.available();
        if (ready < 0) {
          return -1;
        }
        if (ready > 0) {
          byte[] bytes = new byte[Math.min(ready, dst.remaining())];
          int n = handle.read(bytes, 0, bytes.length);
          if (n < 0) {
            return -1;
          }
          dst.put(bytes, 0, n);
          return n;
        }
      }
      LockSupport.parkNanos(pause);
      pause = Math.min(MAX_PAUSE_NANOS, pause * 2);
    }
  }

  @Override
  public int write(ByteBuffer src) throws IOException {
    synchronized (io) {
      ensureOpen();
      byte[] bytes = new byte[src.remaining()];
      src.get(bytes);
      handle.write(bytes, 0, bytes.length);
      return bytes.length;
    }
  }

  private void ensureOpen() throws IOException {
    if (closeRequested) {
      closeHandle();
      throw closed ? new AsynchronousCloseException() : new ClosedChannelException();
    }
  }

  private void closeHandle() throws IOException {
    if (!closed) {
      closed = true;
      handle.close();
    }
  }

  @Override
  public boolean isOpen() {
    return !closeRequested;
  }

  /** Marks the channel closed; the handle itself is closed between polls, never under a read. */
  @Override
  public void close() throws IOException {
    closeRequested = true;
    synchronized (io) {
      closeHandle();
    }
  }
}
