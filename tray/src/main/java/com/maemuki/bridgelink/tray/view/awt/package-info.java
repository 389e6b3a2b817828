/**
 * The tray through {@code java.awt.SystemTray}: the default on Windows, because {@code
 * TrayIcon.displayMessage} gives native Windows 10/11 toasts and Dorkbox has none (docs/tray.md).
 */
package com.maemuki.bridgelink.tray.view.awt;
