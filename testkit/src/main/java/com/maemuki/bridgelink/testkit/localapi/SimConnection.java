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

  /** How long a request waits for a starting backend or a refused watch for its turn. */
  private static final long BLOCK_LIMIT_MS = 600_000;

  private final InputStream rawIn;
  private final OutputStream rawOut;
  private final Closeable transport;

  /** The socket, when it is one (null over the test kit's Windows named pipe). */
  private final SocketChannel channel;

  private final LocalApiSimulator simulator;
  private final SimIdentity identity;
  private volatile boolean open = true;

  SimConnection(SocketChannel channel, LocalApiSimulator simulator, SimIdentity identity) {
    this(
        Channels.newInputStream(channel),
        Channels.newOutputStream(channel),
        channel,
        channel,
        simulator,
        identity);
  }

  /** A connection over any byte stream (the Windows named pipe of the test kit). */
  SimConnection(
      InputStream in, OutputStream out, Closeable transport, LocalApiSimulator simulator) {
    this(in, out, transport, null, simulator, null);
  }

  private SimConnection(
      InputStream in,
      OutputStream out,
      Closeable transport,
      SocketChannel channel,
      LocalApiSimulator simulator,
      SimIdentity identity) {
    this.rawIn = in;
    this.rawOut = out;
    this.transport = transport;
    this.channel = channel;
    this.simulator = simulator;
    this.identity = identity;
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
      simulator.duty().begin(request.endpoint());
      boolean keepOpen;
      try {
        keepOpen = handle(request, writer, out, in);
      } finally {
        simulator.duty().end();
      }
      if (!keepOpen) {
        return;
      }
    }
  }

  /** Serves one request as tailscaled's serveHTTP does; false when the connection is done. */
  private boolean handle(
      SimRequest request, HttpResponseWriter writer, OutputStream out, InputStream in)
      throws IOException {
    boolean closeAfter = "close".equalsIgnoreCase(request.header("connection"));
    if (!request.path().equals("/server-status")) {
      try {
        simulator.tailnet().awaitBackend(BLOCK_LIMIT_MS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    IdentityGate gate = simulator.gate();
    if (identity != null && !request.path().equals("/server-status")) {
      String refusal = gate.admit(request, identity);
      if (refusal != null) {
        refuse(request, refusal, writer, closeAfter);
        return false;
      }
    }
    try {
      return respond(request, writer, out, in, closeAfter);
    } finally {
      if (identity != null) {
        gate.done(request);
      }
    }
  }

  /**
   * A refused request: 401 with the reason, or on {@code watch-ipn-bus} one Notify with {@code
   * ErrMessage} and State 1 (InUseOtherUser), then a block until this user could be admitted
   * ({@code server.go serveHTTP}, {@code localapi.go InUseOtherUserIPNStream}).
   */
  private void refuse(
      SimRequest request, String refusal, HttpResponseWriter writer, boolean closeAfter)
      throws IOException {
    if (!(request.method().equals("GET") && request.endpoint().equals("watch-ipn-bus"))) {
      writer.write(SimResponse.error(401, refusal), simulator.faults().framing(), true);
      return;
    }
    writer.startStream("application/json");
    line(writer, NotifyMessages.inUseOtherUser(simulator.tailnet().version(), refusal));
    try {
      simulator.gate().awaitAdmissible(identity, BLOCK_LIMIT_MS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    writer.finishChunks(ResponseFraming.TAILSCALED);
  }

  private boolean respond(
      SimRequest request,
      HttpResponseWriter writer,
      OutputStream out,
      InputStream in,
      boolean closeAfter)
      throws IOException {
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
      return false;
    }
    Optional<SimResponse> canned = faults.cannedFor(endpoint);
    LocalApiRoutes.Reply reply =
        canned.isPresent()
            ? new LocalApiRoutes.Respond(canned.get())
            : simulator.routes().route(request, identity);
    if (reply instanceof LocalApiRoutes.Respond respond) {
      boolean keepOpen = writer.write(respond.response(), faults.framing(), closeAfter);
      return keepOpen && !closeAfter;
    } else if (reply instanceof LocalApiRoutes.Watch watch) {
      stream(writer, watch.mask());
      return false;
    }
    hang(in);
    return false;
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
    watchForClientClose();
    IpnBus.Watcher watcher = tailnet.bus().subscribe(identity);
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

  /**
   * A watch only writes when there is news, so it would notice a client that went away only at the
   * next message; tailscaled's handler ends at once (the request context is cancelled). The client
   * sends nothing after its request, so end of input is its close. (Read from the channel itself:
   * the Channels stream wrappers hold the channel's blocking lock while they block, which would
   * stop the stream's writes.)
   */
  private void watchForClientClose() {
    Thread t =
        new Thread(
            () -> {
              try {
                if (channel != null) {
                  java.nio.ByteBuffer discard = java.nio.ByteBuffer.allocate(256);
                  while (channel.read(discard.clear()) >= 0) {
                    // Nothing is expected; keep reading until the client closes.
                  }
                } else {
                  byte[] discard = new byte[256];
                  while (rawIn.read(discard) >= 0) {
                    // the same over the pipe
                  }
                }
              } catch (IOException ignored) {
                // closed
              }
              try {
                close();
              } catch (IOException ignored) {
                // already closed
              }
            },
            "localapi-sim-watch-eof");
    t.setDaemon(true);
    t.start();
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
