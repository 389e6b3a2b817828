package com.maemuki.bridgelink.service.ipc;

import com.maemuki.bridgelink.ipc.Protocol;
import com.maemuki.bridgelink.ipc.codec.FrameCodec;
import com.maemuki.bridgelink.ipc.codec.FrameException;
import com.maemuki.bridgelink.ipc.contract.IpcMethod;
import com.maemuki.bridgelink.ipc.message.ErrorMessage;
import com.maemuki.bridgelink.ipc.message.Hello;
import com.maemuki.bridgelink.ipc.message.IpcError;
import com.maemuki.bridgelink.ipc.message.Message;
import com.maemuki.bridgelink.ipc.message.MessageMapper;
import com.maemuki.bridgelink.ipc.message.ProtocolViolation;
import com.maemuki.bridgelink.ipc.message.Request;
import com.maemuki.bridgelink.ipc.message.Response;
import com.maemuki.bridgelink.ipc.message.Welcome;
import com.maemuki.bridgelink.ipc.transport.IpcConnection;
import com.maemuki.bridgelink.ipc.transport.PeerIdentity;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One client: a reader thread that parses and dispatches, a writer thread that drains a bounded
 * queue of encoded frames. Long calls run on the server's {@link LongCallPool} (at most {@link
 * IpcServerConfig#longCallsPerClient()} at once), so the reader keeps answering and events keep
 * flowing meanwhile; their responses go out when they end, matched by request id. Nothing the
 * client does reaches beyond this object: bad input ends this session (after an error frame), a
 * full queue drops it.
 */
final class ClientSession implements EventSubscriber {
  private static final Logger LOG = LoggerFactory.getLogger(ClientSession.class);
  private static final byte[] CLOSE = new byte[0];

  private final long id;
  private final IpcConnection connection;
  private final ServerContext server;
  private final FrameCodec codec;
  private final MessageMapper mapper;
  private final BlockingQueue<byte[]> outbound;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final AtomicInteger longCallsInFlight = new AtomicInteger();
  private final long createdNanos = System.nanoTime();
  private volatile long lastInboundNanos = createdNanos;
  private volatile long finishingSinceNanos;
  private volatile boolean welcomed;
  private volatile boolean subscribed;
  private volatile PeerIdentity peer;
  private final Object writeLock = new Object();
  private boolean finishing;
  private boolean writerBusy;
  private Thread writer;

  ClientSession(long id, IpcConnection connection, ServerContext server) {
    this.id = id;
    this.connection = connection;
    this.server = server;
    this.codec = server.codec();
    this.mapper = new MessageMapper(codec.mapper());
    this.outbound = new ArrayBlockingQueue<>(server.config().queueCapacity());
  }

  /**
   * Starts the reader only: the writer waits for the hello (or for an error to send), so a flood of
   * connections that never speak costs the accept thread one thread start each, not two.
   */
  void start() {
    server.newThread(this::readLoop, "ipc-reader-" + id).start();
  }

  private synchronized void startWriter() {
    if (writer == null && !closed.get()) {
      writer = server.newThread(this::writeLoop, "ipc-writer-" + id);
      writer.start();
    }
  }

  // ---- reading ----

  private void readLoop() {
    try {
      while (!closed.get() && !isFinishing()) {
        ObjectNode json = codec.read(connection.input());
        if (json == null) {
          break;
        }
        lastInboundNanos = System.nanoTime();
        if (!handle(json)) {
          return;
        }
      }
    } catch (FrameException e) {
      finishWith(IpcError.BAD_REQUEST, "bad frame: " + e.getMessage());
      return;
    } catch (IOException e) {
      // the client went away
    } catch (RuntimeException e) {
      LOG.error("IPC client {} failed", describe(), e);
      finishWith(IpcError.INTERNAL, "internal error; see the service log");
      return;
    }
    if (!isFinishing()) {
      close();
    }
  }

  /** Handles one message; false when the session must end. */
  private boolean handle(ObjectNode json) {
    Message message;
    try {
      message = mapper.read(json);
    } catch (ProtocolViolation e) {
      finishWith(e.error().code(), e.error().message());
      return false;
    }
    if (!welcomed) {
      if (message instanceof Hello hello) {
        return onHello(hello);
      }
      finishWith(IpcError.BAD_REQUEST, "send hello first");
      return false;
    }
    if (message instanceof Request request) {
      onRequest(request);
      return true;
    }
    finishWith(IpcError.BAD_REQUEST, "unexpected '" + message.type() + "' from a client");
    return false;
  }

  /** The tray names itself "tray/<version>" in its hello (tray's TrayMain). */
  static final String TRAY_CLIENT_PREFIX = "tray/";

  private boolean onHello(Hello hello) {
    if (hello.protocol() < Protocol.OLDEST_SUPPORTED) {
      finishWith(
          IpcError.PROTOCOL_VERSION,
          "This program speaks protocol "
              + hello.protocol()
              + " but the Bridge Link service needs "
              + Protocol.OLDEST_SUPPORTED
              + " or newer: please update the tray.");
      return false;
    }
    peer = connection.peer();
    Authorizer.Decision decision = server.authorizer().decide(peer);
    welcomed = true;
    server.sessionWelcomed(this);
    if (hello.client() != null && hello.client().startsWith(TRAY_CLIENT_PREFIX)) {
      server.trayConnected(peer);
    }
    startWriter();
    List<String> roleNames = decision.roles().stream().sorted().map(Role::wireName).toList();
    int spoken = Math.min(hello.protocol(), Protocol.VERSION);
    LOG.debug(
        "IPC client {} ({}) roles {}: {}",
        describe(),
        hello.client(),
        roleNames,
        decision.reason());
    send(mapper.write(new Welcome(spoken, server.config().serviceVersion(), roleNames)));
    return true;
  }

  private void onRequest(Request request) {
    // Decided again for every request: a reloaded configuration (operators group, machine policy)
    // applies to clients that are already connected, revocations included.
    CallContext context = new CallContext(peer, server.authorizer().rolesFor(peer), this);
    if (server.dispatcher().isLongRunning(request.method())) {
      startLongCall(context, request);
      return;
    }
    Response response = server.dispatcher().dispatch(context, request);
    if (IpcMethod.SUBSCRIBE.wireName().equals(request.method()) && !response.isError()) {
      subscribed = true;
    }
    send(mapper.write(response));
  }

  /**
   * Hands a long call to the pool, or answers {@code busy} when this client already has its share
   * in flight. A call whose client has left still runs to the end and is audited by the dispatcher;
   * only its answer is dropped.
   */
  private void startLongCall(CallContext context, Request request) {
    Dispatcher dispatcher = server.dispatcher();
    int limit = server.config().longCallsPerClient();
    if (longCallsInFlight.incrementAndGet() > limit) {
      longCallsInFlight.decrementAndGet();
      answerBusy(
          context,
          request,
          request.method()
              + " refused: "
              + limit
              + " long call(s) of this client are still running; try again when one has answered");
      return;
    }
    Runnable call =
        () -> {
          try {
            Response response = dispatcher.dispatch(context, request);
            if (closed.get()) {
              LOG.info(
                  "IPC client {} left before {} (id {}) ended; it ran to the end, its answer was not sent",
                  describe(),
                  request.method(),
                  request.id());
            } else {
              send(mapper.write(response));
            }
          } finally {
            longCallsInFlight.decrementAndGet();
          }
        };
    if (!server.longCalls().submit(call)) {
      longCallsInFlight.decrementAndGet();
      answerBusy(
          context,
          request,
          "the service is busy with other long calls; try " + request.method() + " again shortly");
    }
  }

  private void answerBusy(CallContext context, Request request, String message) {
    send(
        mapper.write(
            server.dispatcher().refuse(context, request, new IpcError(IpcError.BUSY, message))));
  }

  // ---- writing ----

  private void send(ObjectNode message) {
    byte[] frame;
    try {
      frame = codec.encode(message);
    } catch (FrameException e) {
      LOG.error("IPC answer to {} too large: {}", describe(), e.getMessage());
      frame = encodedError(IpcError.INTERNAL, "the answer exceeded the frame limit");
    }
    if (writeInline(frame)) {
      return;
    }
    if (!offer(frame)) {
      drop("not reading its responses (queue full)");
    }
  }

  /**
   * Writes a response on the calling thread (the reader, or a long-call worker) when nothing is
   * queued or being written: one thread hand-off less per round trip. Quick responses keep their
   * order (one reader thread); a long call's response comes when it ends, and events go through the
   * queue, so either may overtake or follow the others: clients match responses by id.
   */
  private boolean writeInline(byte[] frame) {
    synchronized (this) {
      if (finishing || closed.get() || writerBusy || !outbound.isEmpty()) {
        return false;
      }
      writerBusy = true;
    }
    try {
      synchronized (writeLock) {
        connection.output().write(frame);
        connection.output().flush();
      }
    } catch (IOException e) {
      close();
    } finally {
      synchronized (this) {
        writerBusy = false;
      }
    }
    return true;
  }

  @Override
  public boolean offer(byte[] frame) {
    synchronized (this) {
      if (finishing || closed.get()) {
        return true;
      }
      return outbound.offer(frame);
    }
  }

  /**
   * Ends a session that never said hello at once, to make room for a newer one: the error frame is
   * written here (nothing else writes before hello, and a fresh socket's buffer takes a small frame
   * without blocking), then the connection is closed.
   */
  void dropBeforeHello(String code, String message) {
    synchronized (this) {
      if (finishing || closed.get() || welcomed) {
        return;
      }
      finishing = true;
    }
    try {
      connection.output().write(encodedError(code, message));
      connection.output().flush();
    } catch (IOException e) {
      // it left already
    }
    close();
  }

  /** Queues an error message and then the end of the session; the writer closes after sending. */
  void finishWith(String code, String message) {
    byte[] error = encodedError(code, message);
    boolean queued;
    synchronized (this) {
      if (finishing || closed.get()) {
        return;
      }
      finishing = true;
      finishingSinceNanos = System.nanoTime();
      queued = outbound.offer(error) && outbound.offer(CLOSE);
    }
    LOG.debug("IPC client {} closed: {} ({})", describe(), message, code);
    if (!queued) {
      close();
    } else {
      startWriter();
    }
  }

  private byte[] encodedError(String code, String message) {
    try {
      return codec.encode(mapper.write(new ErrorMessage(new IpcError(code, message))));
    } catch (FrameException e) {
      throw new IllegalStateException("an error message cannot exceed the frame limit", e);
    }
  }

  private void writeLoop() {
    try {
      while (!closed.get()) {
        byte[] frame = outbound.take();
        if (frame == CLOSE) {
          break;
        }
        synchronized (this) {
          writerBusy = true;
        }
        try {
          synchronized (writeLock) {
            connection.output().write(frame);
            connection.output().flush();
          }
        } finally {
          synchronized (this) {
            writerBusy = false;
          }
        }
      }
    } catch (IOException | InterruptedException e) {
      // closed under us or the client went away
    } finally {
      close();
    }
  }

  // ---- lifecycle ----

  @Override
  public void drop(String reason) {
    LOG.warn("dropping IPC client {}: {}", describe(), reason);
    close();
  }

  void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    server.hub().unsubscribe(this);
    connection.close();
    Thread started;
    synchronized (this) {
      started = writer;
    }
    if (started != null) {
      started.interrupt();
    }
    server.sessionEnded(this);
  }

  /** Called periodically by the server: enforces the hello deadline, idle timeout, close grace. */
  void enforceDeadlines(long nowNanos) {
    IpcServerConfig config = server.config();
    if (isFinishing()) {
      if (nowNanos - finishingSinceNanos > ServerContext.CLOSE_GRACE.toNanos()) {
        close();
      }
    } else if (!welcomed && nowNanos - createdNanos > config.helloDeadline().toNanos()) {
      finishWith(
          IpcError.BAD_REQUEST, "no hello within " + config.helloDeadline().toMillis() + " ms");
    } else if (welcomed
        && !subscribed
        && longCallsInFlight.get() == 0
        && nowNanos - lastInboundNanos > config.idleTimeout().toNanos()) {
      finishWith(
          IpcError.NOT_AVAILABLE, "idle for " + config.idleTimeout().toSeconds() + " s; closing");
    }
  }

  private synchronized boolean isFinishing() {
    return finishing;
  }

  boolean isClosed() {
    return closed.get();
  }

  @Override
  public String describe() {
    PeerIdentity who = peer;
    return "#" + id + (who == null ? "" : " " + who.describe());
  }
}
