package com.maemuki.bridgelink.ipc.client;

import com.maemuki.bridgelink.ipc.Protocol;
import java.time.Duration;

/**
 * How a client introduces itself and how long it waits.
 *
 * @param clientName sent in {@code hello}, e.g. {@code "tray/1.0.0"}
 * @param protocol the version offered in {@code hello} (tests offer old ones)
 * @param connectTimeout for connecting and for the welcome
 * @param callTimeout default deadline of one call
 */
public record SessionOptions(
    String clientName, int protocol, Duration connectTimeout, Duration callTimeout) {

  /** This build's protocol, 5 s to connect, 10 s per call. */
  public static SessionOptions of(String clientName) {
    return new SessionOptions(
        clientName, Protocol.VERSION, Duration.ofSeconds(5), Duration.ofSeconds(10));
  }

  public SessionOptions withProtocol(int version) {
    return new SessionOptions(clientName, version, connectTimeout, callTimeout);
  }

  public SessionOptions withCallTimeout(Duration timeout) {
    return new SessionOptions(clientName, protocol, connectTimeout, timeout);
  }
}
