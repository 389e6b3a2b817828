package com.maemuki.bridgelink.ipc.transport;

import java.io.Closeable;
import java.io.IOException;

/** A bound endpoint. {@link #close()} unblocks {@link #accept()} and removes the endpoint. */
public interface IpcListener extends Closeable {
  /**
   * Waits for the next client.
   *
   * @throws java.nio.channels.ClosedChannelException (or another IOException) once closed
   */
  IpcConnection accept() throws IOException;

  /** Where it listens, for logs. */
  String describe();
}
