package com.maemuki.bridgelink.service.ipc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** One IPC method. Runs on the caller's reader thread; returns the {@code result}. */
@FunctionalInterface
public interface MethodHandler {
  JsonNode handle(CallContext caller, ObjectNode params) throws MethodException;
}
