package com.maemuki.bridgelink.tray.connection;

import com.maemuki.bridgelink.ipc.client.ConnectionState;
import com.maemuki.bridgelink.ipc.client.IpcClient;
import com.maemuki.bridgelink.ipc.client.IpcException;
import com.maemuki.bridgelink.ipc.contract.ContractJson;
import com.maemuki.bridgelink.ipc.contract.IpcMethod;
import com.maemuki.bridgelink.ipc.transport.IpcTransport;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@link ServiceConnection} over the ipc module's {@link IpcClient}: it reconnects with backoff
 * and renews the subscription by itself. Calls block, so they run on a small pool of their own and
 * never on the client's event thread (which must not wait for a call). The long methods (a repair,
 * a diagnostics bundle: the service answers when the work ends) get a deadline that covers the work
 * and a pool of their own, so they never hold up the quick calls of the status window.
 */
public final class IpcServiceConnection implements ServiceConnection {
  /** Longer than the service's repair deadline and diagnostics time-outs together. */
  static final Duration LONG_CALL_TIMEOUT = Duration.ofMinutes(3);

  private final IpcTransport transport;
  private final String clientName;
  private final ExecutorService calls = callPool("tray-ipc-call");
  private final ExecutorService longCalls = callPool("tray-ipc-long-call");
  private volatile IpcClient client;

  public IpcServiceConnection(IpcTransport transport, String clientName) {
    this.transport = transport;
    this.clientName = clientName;
  }

  @Override
  public void start(ConnectionListener listener) {
    IpcClient started =
        IpcClient.builder(transport, clientName)
            .onEvent(listener::event)
            .onStateChange(
                (state, detail) -> {
                  if (state == ConnectionState.CONNECTED) {
                    listener.connected();
                  } else if (state == ConnectionState.INCOMPATIBLE
                      || state == ConnectionState.UNTRUSTED_SERVER) {
                    listener.unusable(detail);
                  } else {
                    listener.disconnected(detail);
                  }
                })
            .build();
    try {
      started.subscribe();
    } catch (IpcException e) {
      // not connected yet: the subscription is renewed on connect
    }
    client = started;
    started.start();
  }

  @Override
  public CompletableFuture<JsonNode> request(IpcMethod method, Record params) {
    IpcClient current = client;
    if (current == null) {
      return CompletableFuture.failedFuture(new ServiceException("unreachable", "not started"));
    }
    // Long methods answer when their work ends; the service runs two per client at once.
    boolean longCall = method.isLongCall();
    ObjectNode json = params == null ? null : ContractJson.write(params);
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return longCall
                ? current.call(method.wireName(), json, LONG_CALL_TIMEOUT)
                : current.call(method.wireName(), json);
          } catch (IpcException e) {
            throw new CompletionException(new ServiceException(e.code(), e.getMessage()));
          }
        },
        longCall ? longCalls : calls);
  }

  private static ExecutorService callPool(String threadName) {
    return Executors.newFixedThreadPool(
        2,
        r -> {
          Thread t = new Thread(r, threadName);
          t.setDaemon(true);
          return t;
        });
  }

  @Override
  public void close() {
    IpcClient current = client;
    if (current != null) {
      current.close();
    }
    calls.shutdownNow();
    longCalls.shutdownNow();
  }
}
