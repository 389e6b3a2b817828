/**
 * The client library used by the tray and {@code bridge-link status}: one {@link
 * com.maemuki.bridgelink.ipc.client.IpcSession} per connection, and {@link
 * com.maemuki.bridgelink.ipc.client.IpcClient}, which keeps one alive across service restarts.
 */
package com.maemuki.bridgelink.ipc.client;
