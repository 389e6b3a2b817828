/** The per-user tray agent: icon, menu, notifications, status window and user-context repairs. */
package com.maemuki.bridgelink.tray;
