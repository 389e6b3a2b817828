package com.maemuki.bridgelink.tailscale.localapi;

import java.io.IOException;
import java.io.InputStream;

/**
 * Decodes {@code Transfer-Encoding: chunked}: hex size lines (chunk extensions after {@code ;} are
 * ignored), the data, and the trailer section after the last zero-size chunk (read and dropped).
 */
final class ChunkedBodyInput extends InputStream {

  private static final int MAX_LINE = 4096;
  private static final int MAX_TRAILER_LINES = 100;

  private final ChannelInput in;
  private long leftInChunk;
  private boolean finished;

  ChunkedBodyInput(ChannelInput in) {
    this.in = in;
  }

  private boolean nextChunk() throws IOException {
    if (finished) {
      return false;
    }
    if (leftInChunk == 0) {
      String sizeLine = in.readLine(MAX_LINE);
      if (sizeLine == null) {
        throw new HttpFormatException("connection closed before the last chunk");
      }
      leftInChunk = parseSize(sizeLine);
      if (leftInChunk == 0) {
        readTrailers();
        finished = true;
        return false;
      }
    }
    return true;
  }

  private static long parseSize(String line) throws HttpFormatException {
    int semicolon = line.indexOf(';');
    String hex = (semicolon >= 0 ? line.substring(0, semicolon) : line).strip();
    if (hex.isEmpty() || hex.length() > 15) {
      throw new HttpFormatException("bad chunk size line: " + ChannelInput.printable(line));
    }
    try {
      return Long.parseLong(hex, 16);
    } catch (NumberFormatException e) {
      throw new HttpFormatException("bad chunk size line: " + ChannelInput.printable(line));
    }
  }

  private void readTrailers() throws IOException {
    for (int i = 0; i < MAX_TRAILER_LINES; i++) {
      String trailer = in.readLine(MAX_LINE);
      if (trailer == null || trailer.isEmpty()) {
        return; // A server that closes right after "0\r\n" has still sent the whole body.
      }
    }
    throw new HttpFormatException("too many trailer lines after the last chunk");
  }

  private void endOfChunk() throws IOException {
    String crlf = in.readLine(MAX_LINE);
    if (crlf == null || !crlf.isEmpty()) {
      throw new HttpFormatException("chunk data is not followed by CRLF");
    }
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] target, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (!nextChunk()) {
      return -1;
    }
    int n = in.read(target, offset, (int) Math.min(length, leftInChunk));
    if (n < 0) {
      throw new HttpFormatException("connection closed in the middle of a chunk");
    }
    leftInChunk -= n;
    if (leftInChunk == 0) {
      endOfChunk();
    }
    return n;
  }
}
