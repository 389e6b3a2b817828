/**
 * The tray's display port ({@link com.maemuki.bridgelink.tray.view.TrayView}), the icons, and the
 * choice of implementation per platform. Implementations live in sub-packages; only {@code
 * view.dorkbox} may touch Dorkbox.
 */
package com.maemuki.bridgelink.tray.view;
