package com.maemuki.bridgelink.tailscale.process;

import java.io.IOException;

/** The program could not be started at all (missing, not executable, no permission). */
public final class CommandStartException extends IOException {

  private static final long serialVersionUID = 1L;

  public CommandStartException(String message, Throwable cause) {
    super(message, cause);
  }
}
