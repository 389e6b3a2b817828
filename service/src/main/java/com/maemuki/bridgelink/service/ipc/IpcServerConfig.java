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
 * @param longCallWorkers threads running long calls ({@code diag.create}, {@code repair.run}) for
 *     every client together
 * @param longCallsPerClient long calls one client may have in flight; one more is answered {@code
 *     busy}
 * @param maxAwaitingHello connections that have not said hello yet, kept apart from {@code
 *     maxClients}: when one more arrives the oldest is dropped (as sshd's MaxStartups does), so a
 *     flood of silent connections cannot crowd out a client that speaks at once
 */
public record IpcServerConfig(
    int maxClients,
    Duration helloDeadline,
    Duration idleTimeout,
    int queueCapacity,
    String serviceVersion,
    int longCallWorkers,
    int longCallsPerClient,
    int maxAwaitingHello) {

  public IpcServerConfig {
    if (maxClients < 1 || queueCapacity < 2) {
      throw new IllegalArgumentException("need maxClients >= 1 and queueCapacity >= 2");
    }
    if (maxAwaitingHello < 1) {
      throw new IllegalArgumentException("need maxAwaitingHello >= 1");
    }
    if (longCallWorkers < 1 || longCallsPerClient < 1) {
      throw new IllegalArgumentException("need longCallWorkers >= 1 and longCallsPerClient >= 1");
    }
  }

  /**
   * 32 clients, 5 s to say hello, 10 min idle, 256 queued frames, 4 long-call workers, 2 long calls
   * per client, 32 connections waiting to say hello.
   */
  public static IpcServerConfig defaults(String serviceVersion) {
    return new IpcServerConfig(
        32, Duration.ofSeconds(5), Duration.ofMinutes(10), 256, serviceVersion, 4, 2, 32);
  }

  public IpcServerConfig withMaxClients(int max) {
    return new IpcServerConfig(
        max,
        helloDeadline,
        idleTimeout,
        queueCapacity,
        serviceVersion,
        longCallWorkers,
        longCallsPerClient,
        maxAwaitingHello);
  }

  public IpcServerConfig withDeadlines(Duration hello, Duration idle) {
    return new IpcServerConfig(
        maxClients,
        hello,
        idle,
        queueCapacity,
        serviceVersion,
        longCallWorkers,
        longCallsPerClient,
        maxAwaitingHello);
  }

  public IpcServerConfig withQueueCapacity(int capacity) {
    return new IpcServerConfig(
        maxClients,
        helloDeadline,
        idleTimeout,
        capacity,
        serviceVersion,
        longCallWorkers,
        longCallsPerClient,
        maxAwaitingHello);
  }

  public IpcServerConfig withLongCalls(int workers, int perClient) {
    return new IpcServerConfig(
        maxClients,
        helloDeadline,
        idleTimeout,
        queueCapacity,
        serviceVersion,
        workers,
        perClient,
        maxAwaitingHello);
  }

  public IpcServerConfig withMaxAwaitingHello(int max) {
    return new IpcServerConfig(
        maxClients,
        helloDeadline,
        idleTimeout,
        queueCapacity,
        serviceVersion,
        longCallWorkers,
        longCallsPerClient,
        max);
  }
}
