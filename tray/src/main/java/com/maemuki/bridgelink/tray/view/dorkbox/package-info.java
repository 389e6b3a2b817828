/**
 * The Dorkbox SystemTray view: the only code that imports {@code dorkbox.*}. Its update checker is
 * switched off before any other Dorkbox class loads (see {@link
 * com.maemuki.bridgelink.tray.view.dorkbox.DorkboxUpdates}).
 */
package com.maemuki.bridgelink.tray.view.dorkbox;
