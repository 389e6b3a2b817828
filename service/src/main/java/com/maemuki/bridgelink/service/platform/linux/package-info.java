/**
 * Linux adapters: the Tailscale service through {@code systemctl} where systemd runs (by absolute
 * path, argument lists, deadlines). There is no Windows Firewall here; the firewall ports answer
 * "not applicable on Linux" ({@link
 * com.maemuki.bridgelink.service.platform.NotApplicableFirewall}).
 */
package com.maemuki.bridgelink.service.platform.linux;
