/**
 * The per-user tray agent: entry point, single-instance lock, options and the controller that joins
 * the service connection, the presenter and the view.
 */
package com.maemuki.bridgelink.tray;
