/**
 * The tray's port to the service: a connection that keeps itself up (reconnecting with backoff),
 * answers requests and delivers the events of docs/ipc-contract.md. The IPC adapter lives here too.
 */
package com.maemuki.bridgelink.tray.connection;
