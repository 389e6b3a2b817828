package com.maemuki.bridgelink.tailscale.localapi;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;

/**
 * One connected byte stream to tailscaled. {@link #close()} must be safe to call from any thread at
 * any time and must make a {@link #read} blocked in another thread return or throw promptly: the
 * request watchdog and {@code IpnBusWatch.cancel()} rely on it.
 */
public interface LocalApiChannel extends ByteChannel {

  /** Reads at least one byte, or returns -1 at end of stream; blocks until then. */
  @Override
  int read(ByteBuffer dst) throws IOException;

  /** Writes every remaining byte of {@code src}. */
  @Override
  int write(ByteBuffer src) throws IOException;
}
