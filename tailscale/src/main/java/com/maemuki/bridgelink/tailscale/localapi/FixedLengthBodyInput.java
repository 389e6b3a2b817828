package com.maemuki.bridgelink.tailscale.localapi;

import java.io.IOException;
import java.io.InputStream;

/** A body framed by {@code Content-Length}; ending early is an error, not a short body. */
final class FixedLengthBodyInput extends InputStream {

  private final ChannelInput in;
  private final long length;
  private long left;

  FixedLengthBodyInput(ChannelInput in, long length) {
    this.in = in;
    this.length = length;
    this.left = length;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] target, int offset, int count) throws IOException {
    if (left == 0) {
      return -1;
    }
    if (count == 0) {
      return 0;
    }
    int n = in.read(target, offset, (int) Math.min(count, left));
    if (n < 0) {
      throw new HttpFormatException(
          "connection closed after " + (length - left) + " of " + length + " body bytes");
    }
    left -= n;
    return n;
  }
}
