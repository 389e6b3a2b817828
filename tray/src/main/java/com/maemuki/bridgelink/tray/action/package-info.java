/**
 * What the tray does in the user's own context: clipboard, browser, and the user-context repairs,
 * run in this process through the {@code tailscale} module against the tailscaled the service
 * watches.
 */
package com.maemuki.bridgelink.tray.action;
