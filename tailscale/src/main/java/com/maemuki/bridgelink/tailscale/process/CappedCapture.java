package com.maemuki.bridgelink.tailscale.process;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Drains one output stream of a child on its own thread, keeping the first {@code cap} bytes and
 * discarding the rest, so a chatty program can neither block on a full pipe nor fill our memory.
 */
final class CappedCapture implements Runnable {

  private final InputStream source;
  private final long cap;
  private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
  private volatile boolean truncated;

  CappedCapture(InputStream source, long cap) {
    this.source = source;
    this.cap = cap;
  }

  @Override
  public void run() {
    byte[] buffer = new byte[8192];
    try {
      int n;
      while ((n = source.read(buffer)) >= 0) {
        synchronized (kept) {
          long room = cap - kept.size();
          if (room > 0) {
            kept.write(buffer, 0, (int) Math.min(room, n));
          }
          if (n > room) {
            truncated = true;
          }
        }
      }
    } catch (IOException closed) {
      // The stream was closed after the deadline; what was read so far is kept.
    }
  }

  boolean truncated() {
    return truncated;
  }

  /** The kept bytes as UTF-8; malformed or cut-off sequences become U+FFFD. */
  String text() {
    byte[] bytes;
    synchronized (kept) {
      bytes = kept.toByteArray();
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (java.nio.charset.CharacterCodingException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
