package com.maemuki.bridgelink.tailscale.localapi;

import java.io.IOException;

/**
 * The few operations of an open Windows named pipe client handle, so that the waiting logic of
 * {@link PolledPipeChannel} is plain Java (tested on Linux) and the Windows calls stay a thin
 * adapter in {@code windows}.
 */
public interface PipeHandle {

  /**
   * Bytes ready to read without blocking ({@code PeekNamedPipe}); -1 when the server closed its end
   * (broken pipe).
   */
  int available() throws IOException;

  /** Reads up to {@code length} bytes that {@link #available()} said are there. */
  int read(byte[] target, int offset, int length) throws IOException;

  /** Writes all of {@code length} bytes. */
  void write(byte[] source, int offset, int length) throws IOException;

  /** Closes the handle; called once, never while a read or write is inside the handle. */
  void close() throws IOException;
}
