/**
 * The messages of DESIGN.md § IPC as records, and their mapping to and from JSON objects. Payloads
 * stay {@code JsonNode}s so that the service and its clients share no payload classes.
 */
package com.maemuki.bridgelink.ipc.message;
