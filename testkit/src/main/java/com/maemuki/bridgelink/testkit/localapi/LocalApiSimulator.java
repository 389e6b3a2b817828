package com.maemuki.bridgelink.testkit.localapi;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in tailscaled: an HTTP/1.1 LocalAPI server on a real Unix domain socket, serving a {@link
 * SimulatedTailnet} with {@link SimulatorFaults}. {@link #stop()} is "the daemon is gone" (socket
 * removed), {@link #stopKeepingSocketFile()} "a socket nobody listens on" and {@link #restart()}
 * brings it back on the same path.
 */
public final class LocalApiSimulator implements AutoCloseable {

  private static final int REQUEST_LOG = 500;
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final Path socket;
  private final SimulatedTailnet tailnet;
  private final SimulatorFaults faults = new SimulatorFaults();
  private final LocalApiRoutes routes;
  private final Set<SimConnection> connections = ConcurrentHashMap.newKeySet();
  private final Deque<SimRequest> requests = new ArrayDeque<>();
  private final DutyMeter duty = new DutyMeter();
  private final IdentityGate gate;
  private final Map<Path, SimIdentity> extraSockets = new ConcurrentHashMap<>();
  private final Map<Path, ServerSocketChannel> extraServers = new ConcurrentHashMap<>();
  private volatile SimIdentity identity;
  private final ExecutorService workers =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "localapi-sim-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
          });
  private volatile ServerSocketChannel server;
  private volatile boolean serving; // unlistened: fed by serve() until stopped

  private LocalApiSimulator(Path socket, SimulatedTailnet tailnet) {
    this.socket = socket;
    this.tailnet = tailnet;
    this.routes = new LocalApiRoutes(tailnet);
    this.gate = new IdentityGate(tailnet);
  }

  /** Starts serving {@code tailnet} on a new Unix socket at {@code socket}. */
  public static LocalApiSimulator start(Path socket, SimulatedTailnet tailnet) throws IOException {
    LocalApiSimulator simulator = new LocalApiSimulator(socket, tailnet);
    simulator.listen();
    return simulator;
  }

  private synchronized void listen() throws IOException {
    if (socket == null) {
      serving = true; // unlistened: connections come through serve() again
      return;
    }
    if (server != null) {
      return;
    }
    Files.deleteIfExists(socket); // A stale socket file, as tailscaled also removes on start.
    ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    channel.bind(UnixDomainSocketAddress.of(socket));
    server = channel;
    startAccepting(channel, null);
    for (Map.Entry<Path, SimIdentity> extra : extraSockets.entrySet()) {
      bindExtra(extra.getKey(), extra.getValue());
    }
  }

  private void startAccepting(ServerSocketChannel channel, Path extra) {
    Thread acceptor = new Thread(() -> accept(channel, extra), "localapi-sim-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private void accept(ServerSocketChannel channel, Path extra) {
    while (channel.isOpen()) {
      try {
        SocketChannel client = channel.accept();
        SimIdentity who = extra == null ? identity : extraSockets.get(extra);
        SimConnection connection = new SimConnection(client, this, who);
        connections.add(connection);
        workers.execute(connection);
      } catch (IOException | java.util.concurrent.RejectedExecutionException e) {
        return; // Closed by stop().
      }
    }
  }

  /**
   * A simulator with no listener of its own: connections arrive through {@link #serve} (the Windows
   * named-pipe listener in {@code testkit.localapi.windows}). {@link #stop()} then only drops the
   * connections.
   */
  public static LocalApiSimulator unlistened(SimulatedTailnet tailnet) {
    LocalApiSimulator simulator = new LocalApiSimulator(null, tailnet);
    simulator.serving = true;
    return simulator;
  }

  /** Serves one accepted connection given as streams; {@code connection} closes it. */
  public void serve(InputStream in, OutputStream out, Closeable connection) {
    SimConnection sim = new SimConnection(in, out, connection, this);
    connections.add(sim);
    workers.execute(sim);
  }

  public Path socketPath() {
    return socket;
  }

  /**
   * Gives the main socket's connections a Windows identity from now on (null: unidentified, as on
   * Linux, where tailscaled does not check identities). The bench and the service's tests make it
   * {@link SimIdentity#system SYSTEM}, as the installed service runs.
   */
  public LocalApiSimulator identify(SimIdentity who) {
    identity = who;
    return this;
  }

  /**
   * Serves the same tailscaled on another socket whose every connection is {@code who}: one socket
   * per simulated client process (a tray, a user's CLI).
   */
  public synchronized Path listenAs(SimIdentity who, Path path) throws IOException {
    extraSockets.put(path, who);
    if (server != null) {
      bindExtra(path, who);
    }
    return path;
  }

  private void bindExtra(Path path, SimIdentity who) throws IOException {
    Files.deleteIfExists(path);
    ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    channel.bind(UnixDomainSocketAddress.of(path));
    extraServers.put(path, channel);
    startAccepting(channel, path);
  }

  /** The LocalAPI duty cycle and requests per endpoint, over every socket. */
  public DutyMeter duty() {
    return duty;
  }

  IdentityGate gate() {
    return gate;
  }

  public SimulatedTailnet tailnet() {
    return tailnet;
  }

  public SimulatorFaults faults() {
    return faults;
  }

  LocalApiRoutes routes() {
    return routes;
  }

  public boolean running() {
    return server != null || serving;
  }

  /** The requests received so far (the last 500), oldest first. */
  public List<SimRequest> requests() {
    synchronized (requests) {
      return new ArrayList<>(requests);
    }
  }

  /** Open {@code watch-ipn-bus} streams. */
  public int watchers() {
    return tailnet.bus().watchers();
  }

  void record(SimRequest request) {
    synchronized (requests) {
      if (requests.size() == REQUEST_LOG) {
        requests.removeFirst();
      }
      requests.addLast(request);
    }
  }

  void forget(SimConnection connection) {
    connections.remove(connection);
  }

  /** The daemon is gone: stops listening, drops every connection and removes the socket file. */
  public synchronized void stop() throws IOException {
    stopKeepingSocketFile();
    serving = false;
    if (socket != null) {
      Files.deleteIfExists(socket);
    }
    for (Path extra : extraSockets.keySet()) {
      Files.deleteIfExists(extra);
    }
  }

  /** Stops listening but leaves the socket file: connecting gets "connection refused". */
  public synchronized void stopKeepingSocketFile() throws IOException {
    ServerSocketChannel channel = server;
    server = null;
    if (channel != null) {
      channel.close();
    }
    for (ServerSocketChannel extra : extraServers.values()) {
      extra.close();
    }
    extraServers.clear();
    for (SimConnection connection : connections) {
      connection.close();
    }
    connections.clear();
  }

  /** The daemon is back: listens again on the same path with the same state. */
  public synchronized void restart() throws IOException {
    listen();
  }

  @Override
  public void close() throws IOException {
    stop();
    workers.shutdownNow();
  }
}
