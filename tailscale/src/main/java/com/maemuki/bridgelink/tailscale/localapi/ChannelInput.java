package com.maemuki.bridgelink.tailscale.localapi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A buffered reader over a {@link LocalApiChannel} that can read CRLF-terminated header lines (with
 * a length limit, so a daemon sending endless bytes cannot grow memory) and raw body bytes.
 */
final class ChannelInput extends InputStream {

  private final LocalApiChannel channel;
  private final ByteBuffer buffer = ByteBuffer.allocate(16 * 1024).flip();

  ChannelInput(LocalApiChannel channel) {
    this.channel = channel;
  }

  /** Fills the buffer when empty; false at end of stream. */
  private boolean fill() throws IOException {
    if (buffer.hasRemaining()) {
      return true;
    }
    buffer.clear();
    int n;
    do {
      n = channel.read(buffer);
    } while (n == 0);
    buffer.flip();
    return n > 0;
  }

  /**
   * Reads one line without its CRLF (a bare LF is accepted too); null at end of stream before any
   * byte of the line.
   */
  String readLine(int maxLength) throws IOException {
    StringBuilder line = null;
    while (true) {
      if (!fill()) {
        if (line == null) {
          return null;
        }
        throw new HttpFormatException("connection closed in the middle of a line");
      }
      if (line == null) {
        line = new StringBuilder();
      }
      while (buffer.hasRemaining()) {
        byte b = buffer.get();
        if (b == '\n') {
          int end = line.length();
          if (end > 0 && line.charAt(end - 1) == '\r') {
            line.setLength(end - 1);
          }
          return line.toString();
        }
        if (line.length() >= maxLength) {
          throw new HttpFormatException("a header line is longer than " + maxLength + " bytes");
        }
        // Header bytes are ASCII in practice; ISO-8859-1 maps any stray byte to one char.
        line.append((char) (b & 0xff));
      }
    }
  }

  @Override
  public int read() throws IOException {
    return fill() ? buffer.get() & 0xff : -1;
  }

  @Override
  public int read(byte[] target, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (!fill()) {
      return -1;
    }
    int n = Math.min(length, buffer.remaining());
    buffer.get(target, offset, n);
    return n;
  }

  /**
   * The next bytes (waiting for at least one), for recognising and quoting garbage; "" at end of
   * stream.
   */
  String peek(int max) throws IOException {
    if (!fill()) {
      return "";
    }
    int n = Math.min(max, buffer.remaining());
    byte[] bytes = new byte[n];
    buffer.duplicate().get(bytes);
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  static String printable(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      out.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\x%02x", (int) c));
    }
    return out.toString();
  }
}
