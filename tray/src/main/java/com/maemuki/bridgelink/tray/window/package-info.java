/**
 * The status window (Swing): peers, findings, and a latency chart per peer over the last hour that
 * marks direct and relayed periods (JFreeChart).
 */
package com.maemuki.bridgelink.tray.window;
