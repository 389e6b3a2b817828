/**
 * What the tray shows, computed without a display: the service's snapshot read from JSON, the
 * {@link com.maemuki.bridgelink.tray.model.TrayModel} the views render, and the policy that decides
 * which transitions become notifications.
 */
package com.maemuki.bridgelink.tray.model;
