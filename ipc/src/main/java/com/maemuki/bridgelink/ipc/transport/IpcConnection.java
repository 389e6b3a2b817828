package com.maemuki.bridgelink.ipc.transport;

import java.io.Closeable;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * One connected client (server side) or the connection to the service (client side). One thread may
 * read while another writes; {@link #close()} from any thread unblocks both.
 */
public interface IpcConnection extends Closeable {
  InputStream input();

  OutputStream output();

  /** Who is on the other end, as the OS reports it (never as the peer claims). */
  PeerIdentity peer();

  @Override
  void close();
}
