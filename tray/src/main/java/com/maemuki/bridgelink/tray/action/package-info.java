/**
 * What the tray does in the user's own context: clipboard, browser, and the user-context repairs (a
 * port; the repairs themselves belong to the platform work).
 */
package com.maemuki.bridgelink.tray.action;
