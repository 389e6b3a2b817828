package com.maemuki.bridgelink.tray;

import com.maemuki.bridgelink.ipc.contract.ContractJson;
import com.maemuki.bridgelink.ipc.contract.IpcMethod;
import com.maemuki.bridgelink.tray.connection.ConnectionListener;
import com.maemuki.bridgelink.tray.connection.ServiceConnection;
import com.maemuki.bridgelink.tray.connection.ServiceException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;

/**
 * A scripted stand-in for the service, for the agent's unit tests only (the Xvfb check runs the
 * agent against a real IPC server): canned results per method, and a record of every request.
 */
final class FakeServiceConnection implements ServiceConnection {
  final List<String> requests = new CopyOnWriteArrayList<>();
  final Map<String, JsonNode> results = new ConcurrentHashMap<>();
  ConnectionListener listener;
  volatile boolean closed;

  @Override
  public void start(ConnectionListener l) {
    this.listener = l;
  }

  @Override
  public CompletableFuture<JsonNode> request(IpcMethod method, Record params) {
    String name = method.wireName();
    requests.add(params == null ? name : name + " " + ContractJson.write(params));
    JsonNode result = results.get(name);
    return result == null
        ? CompletableFuture.failedFuture(new ServiceException("forbidden", "not for you"))
        : CompletableFuture.completedFuture(result);
  }

  @Override
  public void close() {
    closed = true;
  }
}
