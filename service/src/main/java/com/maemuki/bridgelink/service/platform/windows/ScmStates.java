package com.maemuki.bridgelink.service.platform.windows;

import com.maemuki.bridgelink.service.platform.ServiceState;

/** SCM {@code dwCurrentState} values and Win32 errors, mapped without touching JNA. */
final class ScmStates {

  static final int ERROR_SERVICE_DOES_NOT_EXIST = 1060;
  static final int ERROR_SERVICE_ALREADY_RUNNING = 1056;
  static final int ERROR_SERVICE_NOT_ACTIVE = 1062;

  private ScmStates() {}

  static ServiceState map(int currentState) {
    switch (currentState) {
      case 1:
        return ServiceState.STOPPED;
      case 2:
        return ServiceState.STARTING;
      case 3:
        return ServiceState.STOPPING;
      case 4:
        return ServiceState.RUNNING;
      case 5: // continue pending
        return ServiceState.STARTING;
      case 6: // pause pending
        return ServiceState.STOPPING;
      case 7:
        return ServiceState.PAUSED;
      default:
        return ServiceState.UNKNOWN;
    }
  }

  static String name(int currentState) {
    String[] names = {
      "?",
      "SERVICE_STOPPED",
      "SERVICE_START_PENDING",
      "SERVICE_STOP_PENDING",
      "SERVICE_RUNNING",
      "SERVICE_CONTINUE_PENDING",
      "SERVICE_PAUSE_PENDING",
      "SERVICE_PAUSED"
    };
    return currentState >= 1 && currentState < names.length
        ? names[currentState]
        : "state " + currentState;
  }
}
