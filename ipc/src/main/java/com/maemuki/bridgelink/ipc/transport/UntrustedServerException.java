package com.maemuki.bridgelink.ipc.transport;

import java.io.IOException;

/**
 * Something answers on the service's endpoint, but it is not the service: on Windows the pipe's
 * server process is not the one the service manager runs for us. The client closed it unread. The
 * message is the sentence a user sees (status, the tray): who serves it, and what to do.
 */
public final class UntrustedServerException extends IOException {
  private static final long serialVersionUID = 1L;

  private final long serverPid;
  private final long expectedPid;

  /**
   * @param endpoint the pipe name
   * @param serverPid the process serving it, or -1 when Windows did not say
   * @param expectedPid the service's process as the service manager knows it, or -1 when the
   *     service is not running
   */
  public UntrustedServerException(String endpoint, long serverPid, long expectedPid) {
    super(sentence(endpoint, serverPid, expectedPid));
    this.serverPid = serverPid;
    this.expectedPid = expectedPid;
  }

  public long serverPid() {
    return serverPid;
  }

  public long expectedPid() {
    return expectedPid;
  }

  static String sentence(String endpoint, long serverPid, long expectedPid) {
    String who = serverPid < 0 ? "a process Windows does not name" : "process " + serverPid;
    String service =
        expectedPid < 0
            ? "the Bridge Link service, which is not running"
            : "the Bridge Link service (process " + expectedPid + ")";
    String remedy =
        expectedPid < 0
            ? "End that program, then start the Bridge Link service."
            : "End that program, then restart the Bridge Link service so that it serves its pipe"
                + " again.";
    return "Refusing "
        + endpoint
        + ": "
        + who
        + " serves it, not "
        + service
        + ". Another program has taken the service's pipe name. "
        + remedy;
  }
}
