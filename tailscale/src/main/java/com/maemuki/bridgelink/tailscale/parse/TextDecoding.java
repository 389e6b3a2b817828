package com.maemuki.bridgelink.tailscale.parse;

import java.nio.charset.StandardCharsets;

/**
 * Turns captured bytes into text: UTF-8 (tailscale's encoding) unless a UTF-16 byte-order mark says
 * otherwise (Windows PowerShell 5's {@code >} writes UTF-16LE), without any BOM, with {@code \n}
 * line ends.
 */
public final class TextDecoding {

  private TextDecoding() {}

  /** Decodes {@code bytes}; malformed UTF-8 becomes U+FFFD rather than an error. */
  public static String decode(byte[] bytes) {
    String text;
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    } else {
      text = new String(bytes, StandardCharsets.UTF_8);
    }
    return normalize(text);
  }

  /** Drops a leading BOM and turns CRLF and lone CR into LF. */
  public static String normalize(String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return t.replace("\r\n", "\n").replace('\r', '\n');
  }

  /**
   * True when the bytes look like binary data rather than text: NUL bytes (outside UTF-16) or
   * mostly undecodable bytes.
   */
  public static boolean looksBinary(byte[] bytes) {
    if (bytes.length >= 2
        && (((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)
            || ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF))) {
      return false;
    }
    int sample = Math.min(bytes.length, 64 * 1024);
    int controls = 0;
    for (int i = 0; i < sample; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != 0x1B && b != '\f') {
        controls++;
      }
    }
    String head = new String(bytes, 0, sample, StandardCharsets.UTF_8);
    long replaced = head.chars().filter(c -> c == '\uFFFD').count();
    return controls > sample / 20 || replaced > sample / 10;
  }
}
