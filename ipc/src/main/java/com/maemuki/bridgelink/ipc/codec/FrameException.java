package com.maemuki.bridgelink.ipc.codec;

import java.io.IOException;

/** A frame that cannot be read or written; the only error the codec throws for bad bytes. */
public final class FrameException extends IOException {
  private static final long serialVersionUID = 1L;

  /** Why the frame was refused. */
  public enum Reason {
    /** The stream ended inside a length prefix or a payload. */
    TRUNCATED,
    /** The length prefix exceeds the cap (or is negative). */
    OVERSIZED,
    /** The payload is not valid UTF-8. */
    MALFORMED_UTF8,
    /** The payload is not one JSON value. */
    NOT_JSON,
    /** The payload is JSON but not an object. */
    NOT_OBJECT,
    /** The object has no string {@code type}. */
    MISSING_TYPE
  }

  private final Reason reason;

  public FrameException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
