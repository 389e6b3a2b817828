package com.maemuki.bridgelink.ipc.client;

/** Told each time the connection state changes, with a sentence to show the user. */
@FunctionalInterface
public interface ConnectionStateListener {
  void onStateChanged(ConnectionState state, String detail);
}
