package com.maemuki.bridgelink.ipc.client;

import com.maemuki.bridgelink.ipc.Protocol;
import com.maemuki.bridgelink.ipc.codec.FrameCodec;
import com.maemuki.bridgelink.ipc.message.ErrorMessage;
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
import com.maemuki.bridgelink.ipc.transport.IpcTransport;
import com.maemuki.bridgelink.ipc.transport.ServiceUnavailableException;
import com.maemuki.bridgelink.ipc.transport.UntrustedServerException;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One connection to the service, welcomed: calls by id with deadlines, events to a listener. It
 * does not reconnect (that is {@link IpcClient}); {@code bridge-link status} uses it directly.
 */
public final class IpcSession implements Closeable {
  private final IpcConnection connection;
  private final SessionOptions options;
  private final EventListener events;
  private final FrameCodec codec = new FrameCodec();
  private final MessageMapper mapper = new MessageMapper(codec.mapper());
  private final Map<Long, CompletableFuture<Response>> pending = new ConcurrentHashMap<>();
  private final CompletableFuture<Welcome> welcome = new CompletableFuture<>();
  private final AtomicLong nextId = new AtomicLong(1);
  private final AtomicBoolean closed = new AtomicBoolean();
  private final CopyOnWriteArrayList<Runnable> closeListeners = new CopyOnWriteArrayList<>();
  private final Object writeLock = new Object();
  private volatile IpcException closeReason =
      new IpcException(IpcException.DISCONNECTED, "the connection to the service was closed");

  private IpcSession(IpcConnection connection, SessionOptions options, EventListener events) {
    this.connection = connection;
    this.options = options;
    this.events = events;
  }

  /**
   * Connects, says hello and waits for the welcome.
   *
   * @throws IpcException {@link IpcException#SERVICE_UNAVAILABLE} when no service listens, {@code
   *     protocol-version} when the versions do not meet, or another code for other failures
   */
  public static IpcSession open(
      IpcTransport transport, SessionOptions options, EventListener events) throws IpcException {
    IpcConnection connection;
    try {
      connection = transport.connect(options.connectTimeout());
    } catch (ServiceUnavailableException e) {
      throw new IpcException(IpcException.SERVICE_UNAVAILABLE, e.getMessage(), e);
    } catch (UntrustedServerException e) {
      throw new IpcException(IpcException.UNTRUSTED_SERVER, e.getMessage(), e);
    } catch (IOException e) {
      throw new IpcException(
          IpcException.SERVICE_UNAVAILABLE,
          "cannot connect to the Bridge Link service at "
              + transport.describe()
              + ": "
              + e.getMessage(),
          e);
    }
    IpcSession session =
        new IpcSession(connection, options, events == null ? (e, d) -> {} : events);
    session.handshake();
    return session;
  }

  private void handshake() throws IpcException {
    Thread reader = new Thread(this::readLoop, "ipc-session-reader");
    reader.setDaemon(true);
    reader.start();
    try {
      try {
        send(new Hello(options.protocol(), options.clientName()));
      } catch (IpcException e) {
        // A service that refuses us (busy, bad version) may close before our hello lands; its
        // error frame is still ours to read, and the reader completes the welcome with it.
      }
      Welcome answer = welcome.get(options.connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
      if (!Protocol.supports(answer.protocol())) {
        throw new IpcException(
            IpcError.PROTOCOL_VERSION,
            "the Bridge Link service speaks protocol "
                + answer.protocol()
                + " but this program speaks "
                + Protocol.OLDEST_SUPPORTED
                + ".."
                + Protocol.VERSION
                + "; please update");
      }
    } catch (ExecutionException e) {
      close();
      throw asIpcException(e.getCause());
    } catch (TimeoutException e) {
      close();
      throw new IpcException(IpcException.TIMEOUT, "the service did not answer hello in time");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      throw new IpcException(IpcException.DISCONNECTED, "interrupted while connecting");
    } catch (IpcException e) {
      close();
      throw e;
    }
  }

  /** The service's welcome: negotiated protocol, service version and our roles. */
  public Welcome welcome() {
    return welcome.getNow(null);
  }

  /** Calls {@code method} with the default deadline. */
  public JsonNode call(String method, ObjectNode params) throws IpcException {
    return call(method, params, options.callTimeout());
  }

  /**
   * Calls {@code method} and waits for its result.
   *
   * @throws IpcException with the service's error code, or {@link IpcException#TIMEOUT} / {@link
   *     IpcException#DISCONNECTED}
   */
  public JsonNode call(String method, ObjectNode params, Duration timeout) throws IpcException {
    long id = nextId.getAndIncrement();
    CompletableFuture<Response> answer = new CompletableFuture<>();
    pending.put(id, answer);
    try {
      if (closed.get()) {
        throw closeReason;
      }
      send(new Request(id, method, params == null ? newObject() : params));
      Response response = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (response.isError()) {
        throw new IpcException(response.error().code(), response.error().message());
      }
      return response.result();
    } catch (ExecutionException e) {
      throw asIpcException(e.getCause());
    } catch (TimeoutException e) {
      throw new IpcException(
          IpcException.TIMEOUT, method + ": no answer within " + timeout.toMillis() + " ms");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IpcException(IpcException.DISCONNECTED, "interrupted while waiting for " + method);
    } finally {
      pending.remove(id);
    }
  }

  /** An empty object for params. */
  public ObjectNode newObject() {
    return mapper.object();
  }

  public boolean isOpen() {
    return !closed.get();
  }

  /** Runs {@code listener} once when the session closes (at once if it already has). */
  public void onClose(Runnable listener) {
    closeListeners.add(listener);
    if (closed.get() && closeListeners.remove(listener)) {
      listener.run();
    }
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    connection.close();
    welcome.completeExceptionally(closeReason);
    pending.values().forEach(f -> f.completeExceptionally(closeReason));
    for (Runnable listener : closeListeners) {
      if (closeListeners.remove(listener)) {
        listener.run();
      }
    }
  }

  private void send(Message message) throws IpcException {
    try {
      byte[] frame = codec.encode(mapper.write(message));
      synchronized (writeLock) {
        connection.output().write(frame);
        connection.output().flush();
      }
    } catch (IOException e) {
      // The reader sees the end of the stream too, reads any error the service sent, and closes.
      throw new IpcException(
          IpcException.DISCONNECTED, "the connection to the service was lost", e);
    }
  }

  private void readLoop() {
    try {
      while (!closed.get()) {
        ObjectNode json = codec.read(connection.input());
        if (json == null) {
          break;
        }
        dispatch(mapper.read(json));
      }
    } catch (ProtocolViolation e) {
      closeReason = new IpcException(IpcError.BAD_REQUEST, "the service sent " + e.getMessage());
    } catch (IOException e) {
      // the service went away or sent a bad frame; either way this session is over
    } finally {
      close();
    }
  }

  private void dispatch(Message message) {
    if (message instanceof Welcome w) {
      welcome.complete(w);
    } else if (message instanceof Response response) {
      CompletableFuture<Response> answer = pending.get(response.id());
      if (answer != null) {
        answer.complete(response);
      }
    } else if (message instanceof Event event) {
      events.onEvent(event.event(), event.data());
    } else if (message instanceof ErrorMessage error) {
      closeReason = new IpcException(error.error().code(), error.error().message());
      welcome.completeExceptionally(closeReason);
      close();
    }
  }

  private static IpcException asIpcException(Throwable cause) {
    if (cause instanceof IpcException ipc) {
      return ipc;
    }
    return new IpcException(IpcError.INTERNAL, String.valueOf(cause.getMessage()), cause);
  }
}
