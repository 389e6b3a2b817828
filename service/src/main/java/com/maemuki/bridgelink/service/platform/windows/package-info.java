/**
 * Thin Windows adapters over jna-platform and the shipped PowerShell scripts: the registry (machine
 * policy, firewall policy change notifications), the service control manager (state, start, restart
 * of {@code Tailscale}), the Application event log under source {@code MaemukiBridgeLink}, caller
 * identity from a token's groups, and the firewall through the scripts. Every decision (state
 * mapping, argument lists, parsing, evaluation, the operator rule) is pure Java elsewhere and
 * tested on Linux; these classes only read and call. Tests tagged {@code windows-it} exercise them
 * on Windows.
 */
package com.maemuki.bridgelink.service.platform.windows;
