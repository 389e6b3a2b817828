/**
 * Thin Windows adapters of the tray (JNA), called only on Windows: the process's explicit
 * AppUserModelID, which ties its notifications to the Start-menu entry the MSI creates.
 */
package com.maemuki.bridgelink.tray.windows;
