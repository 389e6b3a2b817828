package com.maemuki.bridgelink.service.ipc;

import java.time.Duration;

/**
 * The server's limits.
 *
 * @param maxClients connections served at once; more are told "busy" and closed
 * @param helloDeadline time a new connection has to say hello
 * @param idleTimeout time a connection that is not subscribed may stay silent
 * @param queueCapacity frames (responses and events) queued per client before it is dropped
 * @param serviceVersion sent in {@code welcome}
 */
public record IpcServerConfig(
    int maxClients,
    Duration helloDeadline,
    Duration idleTimeout,
    int queueCapacity,
    String serviceVersion) {

  public IpcServerConfig {
    if (maxClients < 1 || queueCapacity < 2) {
      throw new IllegalArgumentException("need maxClients >= 1 and queueCapacity >= 2");
    }
  }

  /** 32 clients, 5 s to say hello, 10 min idle, 256 queued frames. */
  public static IpcServerConfig defaults(String serviceVersion) {
    return new IpcServerConfig(
        32, Duration.ofSeconds(5), Duration.ofMinutes(10), 256, serviceVersion);
  }

  public IpcServerConfig withMaxClients(int max) {
    return new IpcServerConfig(max, helloDeadline, idleTimeout, queueCapacity, serviceVersion);
  }

  public IpcServerConfig withDeadlines(Duration hello, Duration idle) {
    return new IpcServerConfig(maxClients, hello, idle, queueCapacity, serviceVersion);
  }

  public IpcServerConfig withQueueCapacity(int capacity) {
    return new IpcServerConfig(maxClients, helloDeadline, idleTimeout, capacity, serviceVersion);
  }
}
