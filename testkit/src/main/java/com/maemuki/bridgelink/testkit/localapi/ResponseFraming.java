package com.maemuki.bridgelink.testkit.localapi;

import java.util.List;

/**
 * How the simulator frames response bodies. {@link #TAILSCALED} is what Go's server does for
 * tailscaled (chunked {@code status} and large bodies in 4 KiB chunks, {@code Content-Length}
 * otherwise); the others exist to test a client against every framing HTTP/1.1 allows.
 */
public record ResponseFraming(
    Mode mode, int chunkSize, String chunkExtension, List<String> trailers) {

  /** Which framing each response gets. */
  public enum Mode {
    /** Chunked for status and bodies over one chunk, Content-Length for the rest. */
    TAILSCALED,
    /** Every body chunked. */
    CHUNKED,
    /** Every body with Content-Length. */
    CONTENT_LENGTH,
    /** No length at all: the body ends when the server closes the connection. */
    CLOSE_DELIMITED
  }

  public static final ResponseFraming TAILSCALED =
      new ResponseFraming(Mode.TAILSCALED, 4096, "", List.of());

  public ResponseFraming {
    if (chunkSize < 1) {
      throw new IllegalArgumentException("chunkSize must be at least 1");
    }
    chunkExtension = chunkExtension == null ? "" : chunkExtension;
    trailers = List.copyOf(trailers);
  }

  /** Every body chunked in pieces of {@code size} bytes, each size line with {@code extension}. */
  public static ResponseFraming chunked(int size, String extension, List<String> trailers) {
    return new ResponseFraming(Mode.CHUNKED, size, extension, trailers);
  }

  public static ResponseFraming of(Mode mode) {
    return new ResponseFraming(mode, 4096, "", List.of());
  }
}
