package com.maemuki.bridgelink.ipc.client;

import com.maemuki.bridgelink.ipc.contract.IpcMethod;
import com.maemuki.bridgelink.ipc.message.IpcError;
import com.maemuki.bridgelink.ipc.transport.IpcTransport;
import java.io.Closeable;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A connection to the service that survives its restarts: reconnects with exponential backoff
 * (capped), renews the subscription after each reconnect and reports {@link ConnectionState}s.
 * Thread-safe. Event and state callbacks run on internal threads and must not block on {@link
 * #call}.
 */
public final class IpcClient implements Closeable {
  private final IpcTransport transport;
  private final SessionOptions options;
  private final Backoff backoff;
  private final EventListener events;
  private final ConnectionStateListener stateListener;
  private final Thread connector;
  private volatile IpcSession session;
  private volatile boolean subscribed;
  private volatile boolean closed;
  private ConnectionState state;
  private String stateDetail = "";

  private IpcClient(Builder builder) {
    this.transport = builder.transport;
    this.options = builder.options;
    this.backoff = new Backoff(builder.initialBackoff, builder.maxBackoff);
    this.events = builder.events;
    this.stateListener = builder.stateListener;
    this.connector = new Thread(this::connectLoop, "ipc-client-connector");
    this.connector.setDaemon(true);
  }

  /** Starts building a client for {@code transport}, introducing itself as {@code clientName}. */
  public static Builder builder(IpcTransport transport, String clientName) {
    return new Builder(transport, SessionOptions.of(clientName));
  }

  /** Starts connecting in the background; the state listener reports the outcome. */
  public IpcClient start() {
    connector.start();
    return this;
  }

  /** Asks for events now (if connected) and after every reconnect. */
  public void subscribe() throws IpcException {
    subscribed = true;
    IpcSession current = session;
    if (current != null) {
      current.call(IpcMethod.SUBSCRIBE.wireName(), current.newObject());
    }
  }

  /**
   * Calls {@code method} on the current connection.
   *
   * @throws IpcException {@link IpcException#SERVICE_UNAVAILABLE} while not connected, or the
   *     call's own error
   */
  public JsonNode call(String method, ObjectNode params) throws IpcException {
    IpcSession current = session;
    if (current == null) {
      throw new IpcException(IpcException.SERVICE_UNAVAILABLE, currentDetail());
    }
    return current.call(method, params);
  }

  /**
   * {@link #call(String, ObjectNode)} with its own deadline, for the long methods ({@code
   * repair.run}, {@code diag.create}) whose answer comes when their work ends.
   */
  public JsonNode call(String method, ObjectNode params, Duration timeout) throws IpcException {
    IpcSession current = session;
    if (current == null) {
      throw new IpcException(IpcException.SERVICE_UNAVAILABLE, currentDetail());
    }
    return current.call(method, params, timeout);
  }

  /** Calls {@code method} with empty params. */
  public JsonNode call(String method) throws IpcException {
    return call(method, null);
  }

  /** The roles the service granted on the current connection (empty while disconnected). */
  public java.util.List<String> roles() {
    IpcSession current = session;
    return current == null || current.welcome() == null
        ? java.util.List.of()
        : current.welcome().roles();
  }

  public synchronized ConnectionState state() {
    return state;
  }

  @Override
  public void close() {
    closed = true;
    connector.interrupt();
    IpcSession current = session;
    if (current != null) {
      current.close();
    }
  }

  private void connectLoop() {
    while (!closed) {
      IpcSession opened;
      try {
        opened = IpcSession.open(transport, options, events);
      } catch (IpcException e) {
        setState(stateAfter(e), e.getMessage());
        if (!pause()) {
          return;
        }
        continue;
      }
      backoff.reset();
      CountDownLatch gone = new CountDownLatch(1);
      opened.onClose(gone::countDown);
      session = opened;
      setState(ConnectionState.CONNECTED, "connected to the Bridge Link service");
      renewSubscription(opened);
      try {
        gone.await();
      } catch (InterruptedException e) {
        opened.close();
        return;
      } finally {
        session = null;
      }
      setState(
          ConnectionState.SERVICE_NOT_RUNNING,
          "the Bridge Link service is not running (reconnecting)");
      if (!pause()) {
        return;
      }
    }
  }

  private void renewSubscription(IpcSession opened) {
    if (!subscribed) {
      return;
    }
    try {
      opened.call(IpcMethod.SUBSCRIBE.wireName(), opened.newObject());
    } catch (IpcException e) {
      opened.close();
    }
  }

  /** Waits the next backoff delay; false when the client was closed meanwhile. */
  private boolean pause() {
    try {
      Thread.sleep(backoff.nextDelay().toMillis());
      return !closed;
    } catch (InterruptedException e) {
      return false;
    }
  }

  private void setState(ConnectionState next, String detail) {
    boolean changed;
    synchronized (this) {
      changed = next != state;
      state = next;
      stateDetail = detail;
    }
    if (changed && !closed) {
      stateListener.onStateChanged(next, detail);
    }
  }

  /** The state a failed open leaves the link in. */
  static ConnectionState stateAfter(IpcException e) {
    if (IpcError.PROTOCOL_VERSION.equals(e.code())) {
      return ConnectionState.INCOMPATIBLE;
    }
    if (IpcException.UNTRUSTED_SERVER.equals(e.code())) {
      return ConnectionState.UNTRUSTED_SERVER;
    }
    return ConnectionState.SERVICE_NOT_RUNNING;
  }

  private synchronized String currentDetail() {
    return stateDetail.isEmpty() ? "not connected to the Bridge Link service yet" : stateDetail;
  }

  /** Options for {@link IpcClient}. */
  public static final class Builder {
    private final IpcTransport transport;
    private SessionOptions options;
    private Duration initialBackoff = Duration.ofMillis(250);
    private Duration maxBackoff = Duration.ofSeconds(10);
    private EventListener events = (event, data) -> {};
    private ConnectionStateListener stateListener = (state, detail) -> {};

    private Builder(IpcTransport transport, SessionOptions options) {
      this.transport = transport;
      this.options = options;
    }

    public Builder options(SessionOptions sessionOptions) {
      this.options = sessionOptions;
      return this;
    }

    /** Reconnect delays: {@code initial}, doubling up to {@code max}. */
    public Builder backoff(Duration initial, Duration max) {
      this.initialBackoff = initial;
      this.maxBackoff = max;
      return this;
    }

    public Builder onEvent(EventListener listener) {
      this.events = listener;
      return this;
    }

    public Builder onStateChange(ConnectionStateListener listener) {
      this.stateListener = listener;
      return this;
    }

    public IpcClient build() {
      return new IpcClient(this);
    }
  }
}
