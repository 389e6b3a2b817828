package com.maemuki.bridgelink.testkit.localapi;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.node.ObjectNode;

/** One accepted connection: reads requests (keep-alive) and answers, streams or hangs. */
final class SimConnection implements Runnable, Closeable {

  private final InputStream rawIn;
  private final OutputStream rawOut;
  private final Closeable transport;
  private final LocalApiSimulator simulator;
  private volatile boolean open = true;

  SimConnection(SocketChannel channel, LocalApiSimulator simulator) {
    this(Channels.newInputStream(channel), Channels.newOutputStream(channel), channel, simulator);
  }

  /** A connection over any byte stream (the Windows named pipe of the test kit). */
  SimConnection(
      InputStream in, OutputStream out, Closeable transport, LocalApiSimulator simulator) {
    this.rawIn = in;
    this.rawOut = out;
    this.transport = transport;
    this.simulator = simulator;
  }

  @Override
  public void run() {
    try (this) {
      InputStream in = new BufferedInputStream(rawIn);
      OutputStream out = new BufferedOutputStream(rawOut);
      HttpRequestReader reader = new HttpRequestReader(in);
      HttpResponseWriter writer = new HttpResponseWriter(out, simulator.tailnet().version());
      serve(reader, writer, out, in);
    } catch (IOException | RuntimeException ignored) {
      // The client went away or the simulator stopped; either way this connection is done.
    } finally {
      simulator.forget(this);
    }
  }

  private void serve(
      HttpRequestReader reader, HttpResponseWriter writer, OutputStream out, InputStream in)
      throws IOException {
    while (true) {
      SimRequest request;
      try {
        request = reader.next();
      } catch (HttpRequestReader.BadRequest e) {
        out.write(
            "HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n400 Bad Request"
                .getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        return;
      }
      if (request == null) {
        return;
      }
      simulator.record(request);
      SimulatorFaults faults = simulator.faults();
      String endpoint = request.endpoint();
      Optional<SimulatorFaults.Behaviour> fault = faults.behaviourFor(endpoint);
      if (fault.isPresent()) {
        switch (fault.get()) {
          case HANG -> hang(in);
          case GARBAGE -> {
            out.write(SimulatorFaults.GARBAGE_BYTES);
            out.flush();
          }
          case DROP -> {}
        }
        return;
      }
      boolean closeAfter = "close".equalsIgnoreCase(request.header("connection"));
      Optional<SimResponse> canned = faults.cannedFor(endpoint);
      LocalApiRoutes.Reply reply =
          canned.isPresent()
              ? new LocalApiRoutes.Respond(canned.get())
              : simulator.routes().route(request);
      if (reply instanceof LocalApiRoutes.Respond respond) {
        boolean keepOpen = writer.write(respond.response(), faults.framing(), closeAfter);
        if (closeAfter || !keepOpen) {
          return;
        }
      } else if (reply instanceof LocalApiRoutes.Watch watch) {
        stream(writer, watch.mask());
        return;
      } else {
        hang(in);
        return;
      }
    }
  }

  /** Holds the request unanswered until the client closes, the fault is cleared or we stop. */
  private void hang(InputStream in) throws IOException {
    SimulatorFaults faults = simulator.faults();
    faults.holding(this);
    try {
      byte[] discard = new byte[1024];
      while (in.read(discard) >= 0) {
        // Whatever else the client sends is ignored, as a blocked tailscaled handler would.
      }
    } finally {
      faults.released(this);
    }
  }

  private void stream(HttpResponseWriter writer, long mask) throws IOException {
    SimulatedTailnet tailnet = simulator.tailnet();
    IpnBus.Watcher watcher = tailnet.bus().subscribe();
    try {
      writer.startStream("application/json");
      String session = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
      ObjectNode first = NotifyMessages.initial(tailnet, mask, session);
      if (first != null) {
        line(writer, first);
      }
      while (simulator.running() && open) {
        if (watcher.fellBehind) {
          line(writer, NotifyMessages.fellBehind(tailnet.version()));
          return;
        }
        ObjectNode next = watcher.queue.poll(200, TimeUnit.MILLISECONDS);
        if (next != null) {
          line(writer, next);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      tailnet.bus().unsubscribe(watcher);
    }
  }

  private static void line(HttpResponseWriter writer, ObjectNode message) throws IOException {
    byte[] bytes = (TabJson.compact(message) + "\n").getBytes(StandardCharsets.UTF_8);
    writer.writeChunk(bytes, 0, bytes.length, "");
  }

  @Override
  public void close() throws IOException {
    open = false;
    transport.close();
  }
}
