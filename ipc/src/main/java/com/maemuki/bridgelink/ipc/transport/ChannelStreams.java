package com.maemuki.bridgelink.ipc.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;

/**
 * Blocking streams over a channel that, unlike {@code java.nio.channels.Channels}, do not take the
 * channel's blocking lock: a reader blocked in {@code read} must not stop a writer.
 */
public final class ChannelStreams {
  private ChannelStreams() {}

  /** An input stream reading straight from {@code channel}. */
  public static InputStream input(ByteChannel channel) {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
          return 0;
        }
        int n;
        do {
          n = channel.read(ByteBuffer.wrap(buffer, offset, length));
        } while (n == 0);
        return n;
      }

      @Override
      public void close() throws IOException {
        channel.close();
      }
    };
  }

  /** An output stream writing every byte to {@code channel} before returning. */
  public static OutputStream output(ByteChannel channel) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] buffer, int offset, int length) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(buffer, offset, length);
        while (bytes.hasRemaining()) {
          channel.write(bytes);
        }
      }

      @Override
      public void close() throws IOException {
        channel.close();
      }
    };
  }
}
