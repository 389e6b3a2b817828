package com.maemuki.bridgelink.tray.connection;

import com.maemuki.bridgelink.ipc.client.ConnectionState;
import com.maemuki.bridgelink.ipc.client.IpcClient;
import com.maemuki.bridgelink.ipc.client.IpcException;
import com.maemuki.bridgelink.ipc.transport.IpcTransport;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@link ServiceConnection} over the ipc module's {@link IpcClient}: it reconnects with backoff
 * and renews the subscription by itself. Calls block, so they run on a small pool of their own and
 * never on the client's event thread (which must not wait for a call).
 */
public final class IpcServiceConnection implements ServiceConnection {
  private final IpcTransport transport;
  private final String clientName;
  private final ExecutorService calls =
      Executors.newFixedThreadPool(
          2,
          r -> {
            Thread t = new Thread(r, "tray-ipc-call");
            t.setDaemon(true);
            return t;
          });
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
                  } else if (state == ConnectionState.INCOMPATIBLE) {
                    listener.incompatible(detail);
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
  public CompletableFuture<JsonNode> request(String method, JsonNode params) {
    IpcClient current = client;
    if (current == null) {
      return CompletableFuture.failedFuture(new ServiceException("unreachable", "not started"));
    }
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return current.call(method, (ObjectNode) params);
          } catch (IpcException e) {
            throw new CompletionException(new ServiceException(e.code(), e.getMessage()));
          }
        },
        calls);
  }

  @Override
  public void close() {
    IpcClient current = client;
    if (current != null) {
      current.close();
    }
    calls.shutdownNow();
  }
}
