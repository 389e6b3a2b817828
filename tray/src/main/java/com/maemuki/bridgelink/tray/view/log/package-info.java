/** The fallback view when no system tray is available: the tray's state goes to the log. */
package com.maemuki.bridgelink.tray.view.log;
