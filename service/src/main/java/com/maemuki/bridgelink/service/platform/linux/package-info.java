/**
 * Linux adapters: machine policy from a file, and the tailscaled unit through {@code systemctl}
 * where systemd runs (absolute path, argument lists, deadlines). There is no Windows Firewall here:
 * the firewall ports answer "not applicable on Linux".
 */
package com.maemuki.bridgelink.service.platform.linux;
