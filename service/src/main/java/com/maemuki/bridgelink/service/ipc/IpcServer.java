package com.maemuki.bridgelink.service.ipc;

import com.maemuki.bridgelink.ipc.codec.FrameCodec;
import com.maemuki.bridgelink.ipc.message.ErrorMessage;
import com.maemuki.bridgelink.ipc.message.IpcError;
import com.maemuki.bridgelink.ipc.message.MessageMapper;
import com.maemuki.bridgelink.ipc.transport.IpcConnection;
import com.maemuki.bridgelink.ipc.transport.IpcListener;
import com.maemuki.bridgelink.ipc.transport.IpcTransport;
import com.maemuki.bridgelink.ipc.transport.PeerIdentity;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the IPC endpoint: accepts clients up to {@link IpcServerConfig#maxClients()} (each with a
 * reader and a writer thread: Java 17 has no virtual threads, and the cap bounds the count),
 * enforces the hello deadline and idle timeout from one watchdog thread, runs long calls on a small
 * shared pool ({@link LongCallPool}), and stays up whatever a client does.
 *
 * <p>Under a local flood: the accept thread only accepts (a full listen backlog is what makes new
 * clients fail with "resource temporarily unavailable"); connections that have not said hello have
 * their own budget ({@link IpcServerConfig#maxAwaitingHello()}) and the oldest is dropped when a
 * new one arrives; a client over the cap gets an error frame and is closed at once.
 */
public final class IpcServer implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(IpcServer.class);
  private static final long ACCEPT_ERROR_PAUSE_MS = 50;

  /** How long closing waits for long calls (a repair) in progress to finish and be audited. */
  private static final Duration LONG_CALL_GRACE = Duration.ofSeconds(15);

  private final IpcTransport transport;
  private final IpcServerConfig config;
  private final Context context;
  private final Set<ClientSession> sessions = ConcurrentHashMap.newKeySet();
  private final Deque<ClientSession> awaitingHello = new ConcurrentLinkedDeque<>();

  /**
   * Every OS user whose tray said hello since the start, for the diagnostics bundle's tray logs.
   */
  private final Map<String, PeerIdentity> trays = new ConcurrentHashMap<>();

  private final AtomicLong nextId = new AtomicLong(1);
  private final ScheduledExecutorService watchdog =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread thread = new Thread(r, "ipc-watchdog");
            thread.setDaemon(true);
            return thread;
          });
  private volatile boolean closed;
  private IpcListener listener;
  private Thread acceptor;

  public IpcServer(
      IpcTransport transport,
      IpcServerConfig config,
      Dispatcher dispatcher,
      Authorizer authorizer,
      EventHub hub) {
    this.transport = transport;
    this.config = config;
    this.context =
        new Context(
            dispatcher,
            authorizer,
            hub,
            new LongCallPool(
                config.longCallWorkers(), config.maxClients() * config.longCallsPerClient()));
  }

  /** Binds the endpoint and starts serving. */
  public synchronized IpcServer start() throws IOException {
    listener = transport.bind();
    acceptor = context.newThread(this::acceptLoop, "ipc-accept");
    acceptor.start();
    long tickMs =
        Math.max(
            20,
            Math.min(
                1000,
                Math.min(config.helloDeadline().toMillis(), config.idleTimeout().toMillis()) / 4));
    watchdog.scheduleWithFixedDelay(this::enforceDeadlines, tickMs, tickMs, TimeUnit.MILLISECONDS);
    LOG.info("IPC listening on {}", listener.describe());
    return this;
  }

  /** Where clients connect. */
  public String endpoint() {
    return transport.describe();
  }

  /** Connections being served now. */
  /** The OS users whose tray said hello since the service started. */
  public List<PeerIdentity> trayUsers() {
    return List.copyOf(trays.values());
  }

  public int clientCount() {
    return sessions.size();
  }

  private void acceptLoop() {
    while (!closed) {
      IpcConnection connection;
      try {
        connection = listener.accept();
      } catch (IOException e) {
        if (!closed) {
          LOG.warn("IPC accept failed: {}", e.getMessage());
          pause();
        }
        continue;
      }
      if (closed) {
        connection.close();
      } else if (sessions.size() - awaitingHello.size() >= config.maxClients()) {
        refuse(connection);
      } else {
        while (awaitingHello.size() >= config.maxAwaitingHello()) {
          ClientSession oldest = awaitingHello.pollFirst();
          if (oldest != null) {
            oldest.dropBeforeHello(
                IpcError.NOT_AVAILABLE,
                "too many connections waiting to say hello; the oldest was dropped");
          }
        }
        ClientSession session = new ClientSession(nextId.getAndIncrement(), connection, context);
        sessions.add(session);
        awaitingHello.addLast(session);
        session.start();
      }
    }
  }

  /** Tells a client over the cap why it is turned away; a fresh connection never blocks this. */
  private void refuse(IpcConnection connection) {
    LOG.warn("IPC client refused: {} clients already connected", config.maxClients());
    try {
      MessageMapper mapper = new MessageMapper(context.codec.mapper());
      connection
          .output()
          .write(
              context.codec.encode(
                  mapper.write(
                      new ErrorMessage(
                          new IpcError(
                              IpcError.NOT_AVAILABLE,
                              "too many clients ("
                                  + config.maxClients()
                                  + "); try again later")))));
      connection.output().flush();
    } catch (IOException e) {
      // it left already
    } finally {
      connection.close();
    }
  }

  private void enforceDeadlines() {
    long now = System.nanoTime();
    for (ClientSession session : sessions) {
      try {
        session.enforceDeadlines(now);
      } catch (RuntimeException e) {
        LOG.error("IPC watchdog failed on {}", session.describe(), e);
      }
    }
  }

  private static void pause() {
    try {
      Thread.sleep(ACCEPT_ERROR_PAUSE_MS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops accepting, disconnects every client and removes the endpoint. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (listener != null) {
        listener.close();
      }
    } catch (IOException e) {
      LOG.warn("closing {} failed: {}", endpoint(), e.getMessage());
    }
    sessions.forEach(ClientSession::close);
    watchdog.shutdownNow();
    context.longCalls.close(LONG_CALL_GRACE);
    if (acceptor != null) {
      try {
        acceptor.join(TimeUnit.SECONDS.toMillis(5));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private final class Context implements ServerContext {
    private final FrameCodec codec = new FrameCodec();
    private final Dispatcher dispatcher;
    private final Authorizer authorizer;
    private final EventHub hub;
    private final LongCallPool longCalls;

    Context(Dispatcher dispatcher, Authorizer authorizer, EventHub hub, LongCallPool longCalls) {
      this.dispatcher = dispatcher;
      this.authorizer = authorizer;
      this.hub = hub;
      this.longCalls = longCalls;
    }

    @Override
    public FrameCodec codec() {
      return codec;
    }

    @Override
    public IpcServerConfig config() {
      return config;
    }

    @Override
    public Authorizer authorizer() {
      return authorizer;
    }

    @Override
    public Dispatcher dispatcher() {
      return dispatcher;
    }

    @Override
    public EventHub hub() {
      return hub;
    }

    @Override
    public LongCallPool longCalls() {
      return longCalls;
    }

    @Override
    public Thread newThread(Runnable body, String name) {
      Thread thread = new Thread(body, name);
      thread.setDaemon(true);
      thread.setUncaughtExceptionHandler((t, e) -> LOG.error("IPC thread {} died", t.getName(), e));
      return thread;
    }

    @Override
    public void sessionEnded(ClientSession session) {
      awaitingHello.remove(session);
      sessions.remove(session);
    }

    @Override
    public void sessionWelcomed(ClientSession session) {
      awaitingHello.remove(session);
    }

    @Override
    public void trayConnected(PeerIdentity user) {
      trays.putIfAbsent(user.uid() + "|" + user.userSid() + "|" + user.user(), user);
    }
  }
}
