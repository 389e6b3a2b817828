package com.maemuki.bridgelink.service.platform;

/**
 * Windows SCM {@code dwCurrentState} values mapped to {@link ServiceState.Kind}: pure Java, so it
 * is tested on every OS (the numbers are from winsvc.h).
 */
public final class ScmStates {

  private ScmStates() {}

  public static ServiceState.Kind kind(int state) {
    return switch (state) {
      case 1 -> ServiceState.Kind.STOPPED;
      case 2, 5 -> ServiceState.Kind.STARTING; // START_PENDING, CONTINUE_PENDING
      case 3, 6, 7 -> ServiceState.Kind.STOPPING; // STOP_PENDING, PAUSE_PENDING, PAUSED
      case 4 -> ServiceState.Kind.RUNNING;
      default -> ServiceState.Kind.UNKNOWN;
    };
  }

  public static String name(int state) {
    return switch (state) {
      case 1 -> "SERVICE_STOPPED";
      case 2 -> "SERVICE_START_PENDING";
      case 3 -> "SERVICE_STOP_PENDING";
      case 4 -> "SERVICE_RUNNING";
      case 5 -> "SERVICE_CONTINUE_PENDING";
      case 6 -> "SERVICE_PAUSE_PENDING";
      case 7 -> "SERVICE_PAUSED";
      default -> "state " + state;
    };
  }
}
