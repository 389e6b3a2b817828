package com.maemuki.bridgelink.testkit.otlp;

/** How the {@link OtlpReceiver} answers the next pushes. */
public enum CollectorBehaviour {
  /** Decodes and records the request, answers 200 with an empty export response. */
  ACCEPT(200),
  /** Answers 500 without recording anything (a collector that breaks). */
  FAIL(500),
  /** Answers 503 without recording anything (a collector that is restarting or overloaded). */
  UNAVAILABLE(503),
  /** Reads the request and never answers until the behaviour changes or the receiver closes. */
  HANG(0);

  private final int status;

  CollectorBehaviour(int status) {
    this.status = status;
  }

  /** The HTTP status this behaviour answers with (0 for {@link #HANG}: no answer). */
  public int status() {
    return status;
  }
}
