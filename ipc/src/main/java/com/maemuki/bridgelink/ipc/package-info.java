/**
 * The local wire protocol between the service and its clients: messages, framing, transports and
 * the client.
 */
package com.maemuki.bridgelink.ipc;
