/**
 * The {@code tailscale} CLI as a fallback source when the LocalAPI cannot be used: {@code status
 * --json}, a bounded {@code ping} and {@code netcheck}, run by absolute path through {@code
 * service.process} and returned raw (stdout, stderr, exit code) for {@code
 * service.tailscale.parse}.
 */
package com.maemuki.bridgelink.tailscale.cli;
