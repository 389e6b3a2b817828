package com.maemuki.bridgelink.testkit.localapi;

import java.nio.charset.StandardCharsets;

/** A response to write: status, content type and body; {@code chunked} forces chunked framing. */
record SimResponse(int status, String contentType, byte[] body, boolean chunked) {

  static SimResponse json(String text, boolean chunked) {
    return new SimResponse(200, "application/json", utf8(text), chunked);
  }

  /** What Go's {@code http.Error} writes: the text plus a newline, as text/plain. */
  static SimResponse error(int status, String text) {
    return new SimResponse(status, "text/plain; charset=utf-8", utf8(text + "\n"), false);
  }

  static SimResponse text(int status, String text) {
    return new SimResponse(status, "text/plain; charset=utf-8", utf8(text), false);
  }

  static SimResponse noContent() {
    return new SimResponse(204, null, new byte[0], false);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
