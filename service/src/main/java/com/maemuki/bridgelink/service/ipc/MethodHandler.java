package com.maemuki.bridgelink.service.ipc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One IPC method; returns the {@code result}. A quick method runs on the caller's reader thread; a
 * long one ({@link Dispatcher.Method#longRunning()}) on a long-call worker, possibly at the same
 * time as other calls of the same client.
 */
@FunctionalInterface
public interface MethodHandler {
  JsonNode handle(CallContext caller, ObjectNode params) throws MethodException;
}
