package com.maemuki.bridgelink.service.ipc;

import com.maemuki.bridgelink.ipc.client.IpcException;
import com.maemuki.bridgelink.ipc.client.IpcSession;
import com.maemuki.bridgelink.ipc.client.SessionOptions;
import com.maemuki.bridgelink.ipc.transport.unix.UnixSocketTransport;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A client the authorization test runs as another local user ({@code runuser -u … -- java -cp …}).
 * Uses only the ipc module. Prints one line per outcome: {@code roles …}, {@code <method> ok …} or
 * {@code <method> error <code>}, or {@code connect error <code>}.
 */
public final class ProbeClientMain {
  private ProbeClientMain() {}

  public static void main(String[] args) {
    UnixSocketTransport transport = new UnixSocketTransport(Path.of(args[0]));
    try (IpcSession session = IpcSession.open(transport, SessionOptions.of("probe/1"), null)) {
      System.out.println("roles " + String.join(",", session.welcome().roles()));
      for (int i = 1; i < args.length; i++) {
        String method = args[i];
        ObjectNode params = session.newObject();
        if (method.equals("repair.run")) {
          params.put("id", "open-inbound-port");
        }
        try {
          JsonNode result = session.call(method, params);
          System.out.println(method + " ok " + result.path("overall").asString(""));
        } catch (IpcException e) {
          System.out.println(method + " error " + e.code());
        }
      }
    } catch (IpcException e) {
      System.out.println("connect error " + e.code());
    }
  }
}
