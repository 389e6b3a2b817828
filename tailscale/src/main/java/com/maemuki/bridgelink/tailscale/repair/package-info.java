/**
 * The repairs that must run as the signed-in user, never as SYSTEM (tailscaled makes whoever logs
 * in or changes prefs the profile's owner; as SYSTEM that would lock the user out): re-sign-in,
 * connect, accept DNS, Run Unattended, the admin console page and the share instructions.
 *
 * <p>The tray runs them in its own process and {@code bridge-link repair} runs them from the
 * command line; both through {@link com.maemuki.bridgelink.tailscale.repair.UserRepairRunner}.
 * {@link com.maemuki.bridgelink.tailscale.repair.UserRepairId} is the one list of their ids. The
 * desktop (browser, clipboard) is behind two small ports the caller implements.
 */
package com.maemuki.bridgelink.tailscale.repair;
