package com.maemuki.bridgelink.tray.scripted;

import com.maemuki.bridgelink.ipc.Protocol;
import com.maemuki.bridgelink.ipc.codec.FrameCodec;
import com.maemuki.bridgelink.ipc.contract.IpcEvent;
import com.maemuki.bridgelink.ipc.message.Event;
import com.maemuki.bridgelink.ipc.message.Hello;
import com.maemuki.bridgelink.ipc.message.IpcError;
import com.maemuki.bridgelink.ipc.message.Message;
import com.maemuki.bridgelink.ipc.message.MessageMapper;
import com.maemuki.bridgelink.ipc.message.ProtocolViolation;
import com.maemuki.bridgelink.ipc.message.Request;
import com.maemuki.bridgelink.ipc.message.Response;
import com.maemuki.bridgelink.ipc.message.Welcome;
import com.maemuki.bridgelink.ipc.transport.IpcConnection;
import com.maemuki.bridgelink.ipc.transport.IpcListener;
import com.maemuki.bridgelink.ipc.transport.unix.UnixSocketTransport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stand-in for the Bridge Link service in the tray's Xvfb check, speaking the real protocol over
 * the real Unix socket transport of the ipc module. Its state ({@code ok | degraded | down}) is
 * read from {@code CONTROL/state}, so the check injects faults by writing that file; every request
 * method it receives is appended to {@code CONTROL/requests.log}, so the check can tell that a menu
 * click reached the service. (Once the real service and the simulator are on {@code main}, the
 * check can run {@code bridge-link run --ipc-socket} instead.)
 *
 * <p>Usage: {@code ScriptedService SOCKET CONTROL_DIR}
 */
public final class ScriptedService {
  private final FrameCodec codec = new FrameCodec();
  private final MessageMapper messages = new MessageMapper(codec.mapper());
  private final Path control;
  private final Set<Client> subscribers = new CopyOnWriteArraySet<>();
  private final Set<IpcConnection> connections = new CopyOnWriteArraySet<>();
  private volatile String state = "";

  private ScriptedService(Path control) {
    this.control = control;
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: ScriptedService SOCKET CONTROL_DIR");
      System.exit(2);
    }
    IpcListener listener = start(Path.of(args[0]), Path.of(args[1]));
    System.err.println("scripted service listening on " + listener.describe());
    new java.util.concurrent.CountDownLatch(1).await();
  }

  /** Starts serving on {@code socket} in daemon threads; closing the listener stops accepting. */
  public static IpcListener start(Path socket, Path control) throws IOException {
    ScriptedService service = new ScriptedService(control);
    service.state = service.readState();
    IpcListener listener = new UnixSocketTransport(socket).bind();
    Thread watcher = new Thread(service::watchState, "state-watcher");
    watcher.setDaemon(true);
    watcher.start();
    Thread acceptor =
        new Thread(
            () -> {
              try {
                while (true) {
                  IpcConnection connection = listener.accept();
                  service.connections.add(connection);
                  Thread t = new Thread(() -> service.serve(connection), "client");
                  t.setDaemon(true);
                  t.start();
                }
              } catch (IOException closed) {
                // stopped: drop every client too, as a dying service would
                service.connections.forEach(IpcConnection::close);
              }
            },
            "acceptor");
    acceptor.setDaemon(true);
    acceptor.start();
    return listener;
  }

  private String readState() {
    try {
      return Files.readString(control.resolve("state")).strip();
    } catch (IOException e) {
      return "ok";
    }
  }

  /** Polls the state file; a change is pushed to every subscriber, as the service does. */
  private void watchState() {
    while (true) {
      String next = readState();
      if (!next.equals(state)) {
        ObjectNode before = Snapshots.forState(codec.mapper(), state);
        ObjectNode after = Snapshots.forState(codec.mapper(), next);
        state = next;
        System.err.println("scripted service: state " + next);
        for (Client c : subscribers) {
          // as the service does: the transitions, then the snapshot they lead to
          for (ObjectNode transition : Snapshots.transitions(before, after)) {
            c.send(messages.write(new Event(IpcEvent.TRANSITION.wireName(), transition)));
          }
          c.send(messages.write(new Event(IpcEvent.SNAPSHOT.wireName(), after)));
        }
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void serve(IpcConnection connection) {
    Client client = new Client(connection.output());
    try (connection) {
      ObjectNode first = codec.read(connection.input());
      if (first == null || !(messages.read(first) instanceof Hello)) {
        return;
      }
      client.send(
          messages.write(
              new Welcome(Protocol.VERSION, "scripted/0", List.of("viewer", "operator"))));
      while (true) {
        ObjectNode json = codec.read(connection.input());
        if (json == null) {
          return;
        }
        Message message = messages.read(json);
        if (message instanceof Request) {
          answer(client, (Request) message);
        }
      }
    } catch (IOException | ProtocolViolation e) {
      // the client went away or spoke nonsense: drop it, as the service does
    } finally {
      subscribers.remove(client);
      connections.remove(connection);
    }
  }

  private void answer(Client client, Request request) throws IOException {
    record(request);
    ObjectNode result = messages.object();
    switch (request.method()) {
      case "status.get":
        client.send(
            messages.write(
                Response.success(request.id(), Snapshots.forState(codec.mapper(), state))));
        return;
      case "subscribe":
        result.put("subscribed", true);
        client.send(messages.write(Response.success(request.id(), result)));
        subscribers.add(client);
        client.send(
            messages.write(
                new Event(
                    IpcEvent.SNAPSHOT.wireName(), Snapshots.forState(codec.mapper(), state))));
        return;
      case "repair.list":
        client.send(
            messages.write(Response.success(request.id(), Snapshots.repairs(codec.mapper()))));
        return;
      case "repair.run":
        result
            .put("ok", true)
            .put("message", "Port 3389 opened for Tailscale")
            .put("cleared", true);
        break;
      case "diag.create":
        result.put("path", control.resolve("bundle.zip").toString());
        break;
      case "history.get":
        client.send(
            messages.write(
                Response.success(
                    request.id(),
                    Snapshots.history(
                        codec.mapper(), request.params().path("peer").asString("?")))));
        return;
      case "check.now":
        result.put("started", true);
        break;
      default:
        client.send(
            messages.write(
                Response.failure(
                    request.id(),
                    new IpcError(IpcError.UNKNOWN_METHOD, "unknown method " + request.method()))));
        return;
    }
    client.send(messages.write(Response.success(request.id(), result)));
  }

  private synchronized void record(Request request) throws IOException {
    JsonNode params = request.params();
    String line =
        request.method() + (params == null || params.isEmpty() ? "" : " " + params) + "\n";
    Files.writeString(
        control.resolve("requests.log"),
        line,
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }

  /** One client's output; writes from the watcher and the reader thread are serialised here. */
  private final class Client {
    private final OutputStream out;

    Client(OutputStream out) {
      this.out = out;
    }

    synchronized void send(ObjectNode message) {
      try {
        codec.write(out, message);
        out.flush();
      } catch (IOException e) {
        subscribers.remove(this);
      }
    }
  }
}
