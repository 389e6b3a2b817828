/**
 * Transports behind one interface: a listener that accepts connections and knows who is calling,
 * and a way to connect. {@link com.maemuki.bridgelink.ipc.transport.Transports} chooses the one for
 * this OS; nothing else does.
 */
package com.maemuki.bridgelink.ipc.transport;
