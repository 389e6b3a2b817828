package com.maemuki.bridgelink.service.ipc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.maemuki.bridgelink.ipc.Protocol;
import com.maemuki.bridgelink.ipc.client.ConnectionState;
import com.maemuki.bridgelink.ipc.client.IpcClient;
import com.maemuki.bridgelink.ipc.client.IpcException;
import com.maemuki.bridgelink.ipc.client.IpcSession;
import com.maemuki.bridgelink.ipc.client.SessionOptions;
import com.maemuki.bridgelink.ipc.contract.ContractJson;
import com.maemuki.bridgelink.ipc.message.IpcError;
import com.maemuki.bridgelink.ipc.transport.IpcTransport;
import com.maemuki.bridgelink.service.config.ConfigManager;
import com.maemuki.bridgelink.service.config.ConfigOverrides;
import com.maemuki.bridgelink.service.config.MachinePolicy;
import com.maemuki.bridgelink.service.platform.Platforms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The behaviour every transport must show, against a real server and real clients. Subclasses
 * supply fresh endpoints ({@link #newTransport()}) and, where they can, a second local account
 * ({@link #otherUser()}). The abuse scenarios themselves are in {@link Abuse}.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
public abstract class IpcTransportContract {
  protected InMemoryServiceFacade facade;
  protected EventHub hub;
  protected final List<RepairAudit.Entry> audit = new CopyOnWriteArrayList<>();
  protected IpcTransport transport;
  protected IpcServer server;
  private final List<AutoCloseable> cleanup = new ArrayList<>();

  /** A fresh endpoint nobody else uses. */
  protected abstract IpcTransport newTransport() throws IOException;

  /** A second local account to run a client as; implementations skip by assumption when none. */
  protected abstract OtherLocalUser otherUser() throws Exception;

  @BeforeEach
  void startServer() throws IOException {
    facade = new InMemoryServiceFacade();
    hub = new EventHub();
    transport = newTransport();
    server = start(transport, testConfig(), AuthorizationPolicy.administratorsOnly());
  }

  @AfterEach
  void stopEverything() throws Exception {
    Collections.reverse(cleanup);
    for (AutoCloseable closeable : cleanup) {
      closeable.close();
    }
    if (server != null) {
      server.close();
    }
  }

  protected IpcServerConfig testConfig() {
    return IpcServerConfig.defaults("test")
        .withMaxClients(64)
        .withDeadlines(Duration.ofSeconds(2), Duration.ofMinutes(5))
        .withQueueCapacity(1024);
  }

  protected IpcServer start(IpcTransport on, IpcServerConfig config, AuthorizationPolicy policy)
      throws IOException {
    return start(on, config, new Authorizer(() -> policy, Platforms.groupLookup()));
  }

  protected IpcServer start(IpcTransport on, IpcServerConfig config, Authorizer authorizer)
      throws IOException {
    Dispatcher dispatcher = ServiceMethods.dispatcher(facade, hub, audit::add, Clock.systemUTC());
    return new IpcServer(on, config, dispatcher, authorizer, hub).start();
  }

  protected <T extends AutoCloseable> T closeLater(T closeable) {
    cleanup.add(closeable);
    return closeable;
  }

  protected IpcSession session() throws IpcException {
    return closeLater(IpcSession.open(transport, SessionOptions.of("test/1"), null));
  }

  protected static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting until " + what);
      }
      Thread.sleep(10);
    }
  }

  @Test
  void roundTripsEveryMethod() throws Exception {
    IpcSession session = session();
    assertThat(session.welcome().protocol()).isEqualTo(Protocol.VERSION);
    assertThat(session.welcome().service()).isEqualTo("test");

    assertThat(session.call("status.get", null)).isEqualTo(ContractJson.write(facade.status()));
    assertThat(session.call("check.now", null).path("started").asBoolean()).isTrue();
    assertThat(facade.checks.get()).isEqualTo(1);

    JsonNode repairs = session.call("repair.list", null).path("repairs");
    assertThat(repairs.get(0).path("id").asString()).isEqualTo("open-inbound-port");
    assertThat(repairs.get(1).path("runsIn").asString()).isEqualTo("tray");

    ObjectNode history = session.newObject().put("peer", "bridge-peer").put("minutes", 60);
    JsonNode samples = session.call("history.get", history).path("samples");
    assertThat(samples.get(0).path("latencyMs").asDouble()).isEqualTo(12.5);

    // The service answers an absolute path: on Windows that gains a drive letter.
    assertThat(session.call("diag.create", null).path("path").asString())
        .isEqualTo(Path.of("/tmp/bridge-link-diag.zip").toAbsolutePath().toString());
  }

  @Test
  void methodErrorsAreResponsesAndTheConnectionStays() throws Exception {
    IpcSession session = session();
    assertThatThrownBy(() -> session.call("no.such.method", null))
        .isInstanceOfSatisfying(
            IpcException.class, e -> assertThat(e.code()).isEqualTo(IpcError.UNKNOWN_METHOD));
    assertThatThrownBy(() -> session.call("history.get", session.newObject().put("minutes", -1)))
        .isInstanceOfSatisfying(
            IpcException.class, e -> assertThat(e.code()).isEqualTo(IpcError.BAD_REQUEST));
    assertThat(session.call("status.get", null).path("overall").asString()).isEqualTo("ok");
  }

  @Test
  void subscribersGetTheSnapshotThenEveryEventInOrder() throws Exception {
    BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
    IpcSession session =
        closeLater(
            IpcSession.open(
                transport,
                SessionOptions.of("test/1"),
                (event, data) -> events.add(((ObjectNode) data).deepCopy().put("_event", event))));
    assertThat(session.call("subscribe", null).path("subscribed").asBoolean()).isTrue();
    JsonNode first = events.poll(10, TimeUnit.SECONDS);
    assertThat(first.path("_event").asString()).isEqualTo("snapshot");
    assertThat(first.path("overall").asString()).isEqualTo("ok");

    int count = 500;
    for (int i = 0; i < count; i++) {
      hub.publish("transition", session.newObject().put("seq", i));
    }
    List<Integer> received = new ArrayList<>();
    while (received.size() < count) {
      JsonNode event = events.poll(10, TimeUnit.SECONDS);
      assertThat(event).as("event %d", received.size()).isNotNull();
      assertThat(event.path("_event").asString()).isEqualTo("transition");
      received.add(event.path("seq").asInt());
    }
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      expected.add(i);
    }
    assertThat(received).isEqualTo(expected);
  }

  @Test
  void aClientReconnectsAfterTheServiceRestarts() throws Exception {
    BlockingQueue<ConnectionState> states = new LinkedBlockingQueue<>();
    BlockingQueue<String> events = new LinkedBlockingQueue<>();
    IpcClient client =
        closeLater(
            IpcClient.builder(transport, "tray/test")
                .backoff(Duration.ofMillis(20), Duration.ofMillis(200))
                .onStateChange((state, detail) -> states.add(state))
                .onEvent((event, data) -> events.add(event + ":" + data.path("overall").asString()))
                .build()
                .start());
    assertThat(states.poll(10, TimeUnit.SECONDS)).isEqualTo(ConnectionState.CONNECTED);
    client.subscribe();
    assertThat(events.poll(10, TimeUnit.SECONDS)).isEqualTo("snapshot:ok");

    server.close();
    assertThat(states.poll(10, TimeUnit.SECONDS)).isEqualTo(ConnectionState.SERVICE_NOT_RUNNING);
    assertThatThrownBy(() -> client.call("status.get"))
        .isInstanceOfSatisfying(
            IpcException.class,
            e -> assertThat(e.code()).isEqualTo(IpcException.SERVICE_UNAVAILABLE));

    facade.setSnapshot(InMemoryServiceFacade.snapshot("degraded", "relayed"));
    server = start(transport, testConfig(), AuthorizationPolicy.administratorsOnly());
    assertThat(states.poll(10, TimeUnit.SECONDS)).isEqualTo(ConnectionState.CONNECTED);
    assertThat(events.poll(10, TimeUnit.SECONDS))
        .as("the subscription is renewed")
        .isEqualTo("snapshot:degraded");
    assertThat(client.call("status.get").path("overall").asString()).isEqualTo("degraded");
  }

  @Test
  void anOlderClientIsToldToUpdateAndANewerOneIsAnsweredInOurVersion() throws Exception {
    assertThatThrownBy(
            () ->
                IpcSession.open(
                    transport,
                    SessionOptions.of("tray/0.9").withProtocol(Protocol.OLDEST_SUPPORTED - 1),
                    null))
        .isInstanceOfSatisfying(
            IpcException.class,
            e -> {
              assertThat(e.code()).isEqualTo(IpcError.PROTOCOL_VERSION);
              assertThat(e.getMessage()).contains("please update the tray");
            });
    IpcSession newer =
        closeLater(
            IpcSession.open(
                transport, SessionOptions.of("tray/9").withProtocol(Protocol.VERSION + 1), null));
    assertThat(newer.welcome().protocol()).isEqualTo(Protocol.VERSION);
  }

  @Test
  void anotherLocalUserMayReadButNotRepair() throws Exception {
    OtherLocalUser other = closeLater(otherUser());
    server.close();
    transport = other.transport();
    server =
        start(
            transport, testConfig(), AuthorizationPolicy.withOperatorsGroup(other.operatorGroup()));

    List<String> lines = other.run("status.get", "repair.list", "repair.run");
    assertThat(lines)
        .containsExactly(
            "roles viewer", "status.get ok ok", "repair.list ok ", "repair.run error forbidden");
    assertThat(facade.repairsRun.get()).isZero();
    assertThat(audit)
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.method()).isEqualTo("repair.run");
              assertThat(entry.outcome()).isEqualTo("denied");
              assertThat(entry.caller().uid()).isEqualTo(other.uid());
              assertThat(entry.caller().hasGrantingGroup(other.operatorGroup())).isFalse();
            });

    List<String> operator = other.runAsOperator("repair.run");
    assertThat(operator).containsExactly("roles viewer,operator", "repair.run ok ");
    assertThat(facade.repairsRun.get()).isEqualTo(1);

    assertThat(other.runAsOutsider("status.get"))
        .containsExactly("connect error service-unavailable");
  }

  @Test
  void theConfiguredOperatorsGroupMayRepairAndAConfigReloadAppliesAtOnce(@TempDir Path dir)
      throws Exception {
    OtherLocalUser other = closeLater(otherUser());
    server.close();
    transport = other.transport();
    Path file = dir.resolve("config.json");
    Files.writeString(file, "{\"operatorsGroup\": \"" + other.operatorGroup() + "\"}");
    ConfigManager configs =
        new ConfigManager(file, true, MachinePolicy.none(), ConfigOverrides.none());
    server =
        start(
            transport,
            testConfig(),
            new Authorizer(
                () ->
                    new AuthorizationPolicy(
                        Optional.ofNullable(configs.current().operatorsGroup()),
                        configs.current().allowUserRepair()),
                Platforms.groupLookup()));

    assertThat(other.runAsOperator("repair.run"))
        .containsExactly("roles viewer,operator", "repair.run ok ");
    assertThat(other.run("repair.run"))
        .containsExactly("roles viewer", "repair.run error forbidden");
    assertThat(facade.repairsRun.get()).isEqualTo(1);

    // Another real group, in which only the viewer is: no restart, just the reload.
    Files.writeString(file, "{\"operatorsGroup\": \"" + other.viewerOnlyGroup() + "\"}");
    assertThat(configs.checkForChange()).isTrue();
    assertThat(other.run("repair.run")).containsExactly("roles viewer,operator", "repair.run ok ");
    assertThat(other.runAsOperator("repair.run"))
        .containsExactly("roles viewer", "repair.run error forbidden");
    assertThat(facade.repairsRun.get()).isEqualTo(2);
    assertThat(audit)
        .extracting(RepairAudit.Entry::outcome)
        .containsExactly("succeeded", "denied", "succeeded", "denied");
  }

  // ---- robustness: whatever one client does, the others are served ----

  private interface RawSend {
    void send(RawClient raw) throws IOException;
  }

  private void expectErrorThenClose(RawSend send, String code, String messagePart)
      throws IOException {
    try (RawClient raw = new RawClient(transport)) {
      send.send(raw);
      ObjectNode reply = raw.read();
      assertThat(reply).as("reply to a bad client").isNotNull();
      assertThat(reply.path("type").asString()).isEqualTo("error");
      assertThat(reply.path("error").path("code").asString()).isEqualTo(code);
      assertThat(reply.path("error").path("message").asString()).contains(messagePart);
      assertThat(raw.read()).as("connection closed after the error").isNull();
    }
  }

  @Test
  void badFramesGetAnErrorBeforeCloseAndNobodyElseNotices() throws Exception {
    Abuse.whileAWellBehavedClientIsServed(
        transport,
        ContractJson.write(facade.status()),
        () -> {
          expectErrorThenClose(
              raw -> raw.bytes(new byte[] {0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff}),
              IpcError.BAD_REQUEST,
              "exceeds");
          expectErrorThenClose(
              raw -> raw.bytes(new byte[] {0, 1, 0, 1}), IpcError.BAD_REQUEST, "exceeds");
          expectErrorThenClose(
              raw -> raw.frame(new byte[] {'{', '"', (byte) 0xc0, (byte) 0xaf, '"', '}'}),
              IpcError.BAD_REQUEST,
              "not UTF-8");
          expectErrorThenClose(
              raw -> raw.json("[\"type\",\"hello\"]"), IpcError.BAD_REQUEST, "not a JSON object");
          expectErrorThenClose(
              raw -> raw.json("{\"protocol\":1}"), IpcError.BAD_REQUEST, "no type");
          expectErrorThenClose(
              raw -> raw.json("{\"type\":\"request\",\"id\":1,\"method\":\"status.get\"}"),
              IpcError.BAD_REQUEST,
              "hello first");
          expectErrorThenClose(
              raw -> {
                raw.hello();
                raw.read();
                raw.json("{\"type\":\"welcome\",\"protocol\":1}");
              },
              IpcError.BAD_REQUEST,
              "unexpected 'welcome'");
          try (RawClient truncatedPrefix = new RawClient(transport)) {
            truncatedPrefix.bytes(new byte[] {0, 0});
          }
          try (RawClient truncatedPayload = new RawClient(transport)) {
            truncatedPayload.bytes(new byte[] {0, 0, 0, 100, '{', '"'});
          }
        });
    await("every bad client is gone", () -> server.clientCount() == 0);
  }

  @Test
  void thousandsOfGarbageFramesAndHundredsOfVanishingClients() throws Exception {
    Abuse.whileAWellBehavedClientIsServed(
        transport,
        ContractJson.write(facade.status()),
        () -> {
          Abuse.randomGarbageConnections(transport, 300, 42);
          Abuse.thousandsOfUnknownMethods(transport, 3000);
          Abuse.connectAndVanish(transport, 300);
        });
    await("every abusive client is gone", () -> server.clientCount() == 0);
  }

  @Test
  void aSubscriberThatNeverReadsIsDroppedAndTheOthersGetEveryEvent() throws Exception {
    IpcTransport small = newTransport();
    closeLater(
        start(small, testConfig().withQueueCapacity(16), AuthorizationPolicy.administratorsOnly()));
    BlockingQueue<Integer> received = new LinkedBlockingQueue<>();
    Abuse.whileAWellBehavedClientIsServed(
        small,
        ContractJson.write(facade.status()),
        () -> {
          RawClient stuck = closeLater(new RawClient(small));
          stuck.hello();
          stuck.read();
          stuck.json("{\"type\":\"request\",\"id\":1,\"method\":\"subscribe\"}");
          IpcSession good =
              closeLater(
                  IpcSession.open(
                      small,
                      SessionOptions.of("good-subscriber/1"),
                      (event, data) -> {
                        if (event.equals("transition")) {
                          received.add(data.path("seq").asInt());
                        }
                      }));
          good.call("subscribe", null);
          await("both subscribed", () -> hub.subscriberCount() == 2);
          String padding = "x".repeat(4000);
          int published = 0;
          while (hub.subscriberCount() == 2 && published < 5000) {
            hub.publish("transition", good.newObject().put("seq", published).put("pad", padding));
            assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo(published);
            published++;
          }
          assertThat(hub.subscriberCount()).as("the stuck subscriber was dropped").isEqualTo(1);
          hub.publish("transition", good.newObject().put("seq", published));
          assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo(published);
        });
  }

  @Test
  void silentClientsAreClosedButSubscribersMayStayQuiet() throws Exception {
    IpcTransport strict = newTransport();
    closeLater(
        start(
            strict,
            testConfig().withDeadlines(Duration.ofMillis(300), Duration.ofMillis(300)),
            AuthorizationPolicy.administratorsOnly()));
    try (RawClient mute = new RawClient(strict)) {
      ObjectNode reply = mute.read();
      assertThat(reply.path("error").path("message").asString()).contains("no hello within");
    }
    try (RawClient idle = new RawClient(strict)) {
      idle.hello();
      assertThat(idle.read().path("type").asString()).isEqualTo("welcome");
      assertThat(idle.read().path("error").path("message").asString()).contains("idle");
    }
    IpcSession subscriber =
        closeLater(IpcSession.open(strict, SessionOptions.of("tray/quiet"), null));
    subscriber.call("subscribe", null);
    Thread.sleep(900); // three idle timeouts: the deadline is what is under test here
    assertThat(subscriber.call("status.get", null)).isEqualTo(ContractJson.write(facade.status()));
  }

  @Test
  void clientsBeyondTheCapAreToldSoAndServedOnceThereIsRoom() throws Exception {
    IpcTransport capped = newTransport();
    IpcServer cappedServer =
        closeLater(
            start(
                capped, testConfig().withMaxClients(2), AuthorizationPolicy.administratorsOnly()));
    IpcSession first = IpcSession.open(capped, SessionOptions.of("one"), null);
    closeLater(IpcSession.open(capped, SessionOptions.of("two"), null));
    assertThatThrownBy(() -> IpcSession.open(capped, SessionOptions.of("three"), null))
        .isInstanceOfSatisfying(
            IpcException.class,
            e -> {
              assertThat(e.code()).isEqualTo(IpcError.NOT_AVAILABLE);
              assertThat(e.getMessage()).contains("too many clients");
            });
    first.close();
    await("a slot frees up", () -> cappedServer.clientCount() == 1);
    IpcSession third = closeLater(IpcSession.open(capped, SessionOptions.of("three"), null));
    assertThat(third.call("status.get", null)).isEqualTo(ContractJson.write(facade.status()));
  }
}
