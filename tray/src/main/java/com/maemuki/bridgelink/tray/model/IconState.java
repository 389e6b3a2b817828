package com.maemuki.bridgelink.tray.model;

/** The four colours of the tray icon. */
public enum IconState {
  /** Green: every check passes. */
  OK,
  /** Amber: the link works but something is off (relayed path, expiring key, warnings). */
  DEGRADED,
  /** Red: a critical finding; the link is broken. */
  DOWN,
  /** Grey: the tray cannot reach the Bridge Link service. */
  SERVICE_UNREACHABLE
}
