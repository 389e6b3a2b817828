package com.maemuki.bridgelink.ipc.transport.windows;

/** The Win32 error numbers the pipe code reacts to. */
final class PipeErrors {
  static final int FILE_NOT_FOUND = 2;
  static final int ACCESS_DENIED = 5;
  static final int BROKEN_PIPE = 109;
  static final int PIPE_BUSY = 231;
  static final int NO_DATA = 232;
  static final int PIPE_NOT_CONNECTED = 233;
  static final int PIPE_CONNECTED = 535;
  static final int OPERATION_ABORTED = 995;
  static final int IO_PENDING = 997;

  private PipeErrors() {}

  /** What one {@code ConnectNamedPipe} call on a listening instance came to. */
  enum ConnectOutcome {
    /** A client is connected. */
    CONNECTED,
    /** The overlapped wait for a client is under way. */
    PENDING,
    /** A client connected and already closed its end: disconnect the instance and listen again. */
    CLIENT_GONE,
    /** Anything else: the instance is unusable. */
    FAILED
  }

  /** Classifies a {@code ConnectNamedPipe} result ({@code error} is read only when it failed). */
  static ConnectOutcome connectOutcome(boolean succeeded, int error) {
    if (succeeded || error == PIPE_CONNECTED) {
      return ConnectOutcome.CONNECTED;
    }
    if (error == IO_PENDING) {
      return ConnectOutcome.PENDING;
    }
    if (error == NO_DATA || error == BROKEN_PIPE) {
      return ConnectOutcome.CLIENT_GONE;
    }
    return ConnectOutcome.FAILED;
  }

  /** True for the errors that mean "the other end has gone". */
  static boolean isDisconnect(int error) {
    return error == BROKEN_PIPE || error == NO_DATA || error == PIPE_NOT_CONNECTED;
  }
}
