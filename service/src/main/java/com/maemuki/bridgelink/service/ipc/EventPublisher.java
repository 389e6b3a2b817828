package com.maemuki.bridgelink.service.ipc;

import tools.jackson.databind.JsonNode;

/**
 * Where the monitor sends {@code snapshot}, {@code transition} and {@code repair} events. Never
 * blocks: a subscriber that cannot keep up is dropped, not waited for.
 */
@FunctionalInterface
public interface EventPublisher {
  void publish(String event, JsonNode data);
}
