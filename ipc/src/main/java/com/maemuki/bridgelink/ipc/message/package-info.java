/**
 * The envelope of the IPC protocol (docs/ipc.md) as records (hello, welcome, request, response,
 * event, error), and their mapping to and from JSON objects. Payloads are carried here as {@code
 * JsonNode}s; their typed shapes are the records of {@code ipc.contract}.
 */
package com.maemuki.bridgelink.ipc.message;
