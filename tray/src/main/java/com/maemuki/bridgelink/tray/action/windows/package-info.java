/**
 * The tray's Windows-only adapters, through JNA: named only by the composition root ({@code
 * TrayMain}), so no other class touches a Windows binding off Windows.
 */
package com.maemuki.bridgelink.tray.action.windows;
