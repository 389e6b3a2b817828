package com.maemuki.bridgelink.tray.model;

/** What a menu entry does when clicked. */
public enum CommandKind {
  COPY_TAILSCALE_IP,
  OPEN_STATUS_WINDOW,
  CREATE_DIAGNOSTICS,
  OPEN_ADMIN_CONSOLE,
  RUN_REPAIR,
  TOGGLE_QUIET,
  QUIT
}
