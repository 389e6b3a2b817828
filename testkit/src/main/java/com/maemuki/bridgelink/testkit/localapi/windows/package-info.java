/**
 * The LocalAPI simulator on a Windows named pipe, where tailscaled listens on Windows ({@code
 * \\.\pipe\ProtectedPrefix\Administrators\Tailscale\tailscaled}). Windows only (it runs under Wine
 * in scripts/checks/wine.sh); the pipe itself is the IPC module's transport.
 */
package com.maemuki.bridgelink.testkit.localapi.windows;
