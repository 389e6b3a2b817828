package com.maemuki.bridgelink.service.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.ipc.client.IpcSession;
import com.maemuki.bridgelink.ipc.client.SessionOptions;
import com.maemuki.bridgelink.ipc.codec.FrameCodec;
import com.maemuki.bridgelink.ipc.contract.ContractJson;
import com.maemuki.bridgelink.ipc.contract.IpcMethod;
import com.maemuki.bridgelink.ipc.transport.unix.UnixSocketTransport;
import com.maemuki.bridgelink.service.platform.Platforms;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * One local user floods the service's socket: 500 connections opened and dropped, then 100 held
 * open without a hello. A well-behaved client of the same user, connecting throughout, still gets
 * {@code status.get} answered within 1 s each time; the silent connections beyond the budget are
 * told why and closed. The server runs with the production limits.
 */
@DisabledOnOs(OS.WINDOWS)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class IpcFloodTest {

  private static final int DROPPED = 500;
  private static final int HELD = 100;

  @TempDir Path temp;

  @Test
  void aFloodOfSilentConnectionsDoesNotKeepAWellBehavedClientOut() throws Exception {
    Path socket = temp.resolve("ipc.sock");
    UnixSocketTransport transport = new UnixSocketTransport(socket);
    InMemoryServiceFacade facade = new InMemoryServiceFacade();
    EventHub hub = new EventHub();
    IpcServerConfig config = IpcServerConfig.defaults("test");
    List<SocketChannel> held = new ArrayList<>();
    try (IpcServer server =
        new IpcServer(
                transport,
                config,
                ServiceMethods.dispatcher(facade, hub, e -> {}, Clock.systemUTC()),
                new Authorizer(AuthorizationPolicy::administratorsOnly, Platforms.groupLookup()),
                hub)
            .start()) {
      AtomicBoolean flooding = new AtomicBoolean(true);
      List<Throwable> floodFailures = new CopyOnWriteArrayList<>();
      Thread flood =
          new Thread(
              () -> {
                try {
                  for (int i = 0; i < DROPPED; i++) {
                    open(socket).close();
                  }
                  for (int i = 0; i < HELD; i++) {
                    held.add(open(socket));
                  }
                } catch (IOException e) {
                  floodFailures.add(e);
                } finally {
                  flooding.set(false);
                }
              },
              "flood");
      // Once before the flood: the client's own class loading is not what is measured.
      try (IpcSession warm = IpcSession.open(transport, SessionOptions.of("good/1"), null)) {
        warm.call("status.get", null);
      }
      List<Long> millis = new ArrayList<>();
      flood.start();
      while (flooding.get() || millis.size() < 5) {
        long start = System.nanoTime();
        try (IpcSession good = IpcSession.open(transport, SessionOptions.of("good/1"), null)) {
          assertThat(good.call(IpcMethod.STATUS_GET.wireName(), null))
              .isEqualTo(ContractJson.write(facade.status()));
        }
        millis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
      }
      flood.join();
      assertThat(floodFailures).as("the flood's own connects").isEmpty();
      System.out.println("IPC flood: connect + status.get, ms, in order: " + millis);
      millis.sort(null);
      System.out.printf(
          "IPC flood: %d good connects during %d dropped + %d held connections: median %d ms,"
              + " max %d ms%n",
          millis.size(),
          DROPPED,
          HELD,
          millis.get(millis.size() / 2),
          millis.get(millis.size() - 1));
      assertThat(millis.get(millis.size() - 1))
          .as("slowest connect + status.get of the well-behaved client, ms")
          .isLessThanOrEqualTo(1000);

      // The oldest silent connections made room for newer ones: each was told so, then closed.
      ObjectNode told = new FrameCodec().read(Channels.newInputStream(held.get(0)));
      assertThat(told.get("type").stringValue()).isEqualTo("error");
      assertThat(told.get("error").get("message").stringValue()).contains("waiting to say hello");
      assertThat(held.get(0).read(java.nio.ByteBuffer.allocate(1))).isEqualTo(-1);
      assertThat(server.clientCount()).isLessThanOrEqualTo(config.maxAwaitingHello());
    } finally {
      for (SocketChannel c : held) {
        c.close();
      }
    }
  }

  private static SocketChannel open(Path socket) throws IOException {
    SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
    channel.connect(UnixDomainSocketAddress.of(socket));
    return channel;
  }
}
