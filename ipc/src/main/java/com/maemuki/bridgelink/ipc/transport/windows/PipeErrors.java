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

  /** True for the errors that mean "the other end has gone". */
  static boolean isDisconnect(int error) {
    return error == BROKEN_PIPE || error == NO_DATA || error == PIPE_NOT_CONNECTED;
  }
}
