/**
 * Thin Windows adapters: SCM control of the {@code Tailscale} service (jna-platform
 * W32ServiceManager), the Application event log under source {@code MaemukiBridgeLink}, caller
 * identity from a token's groups, registry change notifications on the firewall policy keys, and
 * the firewall through the shipped PowerShell scripts. Every decision they need (state mapping,
 * argument lists, parsing, evaluation, the operator rule) is pure Java elsewhere and tested on
 * Linux; the classes here only make the calls. Tests tagged {@code windows-it} exercise them on
 * Windows.
 */
package com.maemuki.bridgelink.service.platform.windows;
