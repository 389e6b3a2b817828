/**
 * Runs external programs the safe way (DESIGN.md): by absolute path only, with an argument list
 * (never a shell string), a deadline after which the whole process tree is killed, and stdout and
 * stderr captured as UTF-8 up to a size cap. Used for the tailscale CLI, systemctl and PowerShell.
 */
package com.maemuki.bridgelink.tailscale.process;
