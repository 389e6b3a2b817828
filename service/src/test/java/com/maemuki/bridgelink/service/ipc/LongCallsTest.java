package com.maemuki.bridgelink.service.ipc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.maemuki.bridgelink.ipc.client.IpcException;
import com.maemuki.bridgelink.ipc.client.IpcSession;
import com.maemuki.bridgelink.ipc.client.SessionOptions;
import com.maemuki.bridgelink.ipc.message.IpcError;
import com.maemuki.bridgelink.ipc.transport.IpcTransport;
import com.maemuki.bridgelink.ipc.transport.unix.UnixSocketTransport;
import com.maemuki.bridgelink.service.repair.AuditLog;
import com.maemuki.bridgelink.service.repair.FindingRecheck;
import com.maemuki.bridgelink.service.repair.IpcRepairs;
import com.maemuki.bridgelink.service.repair.RepairRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Long calls ({@code repair.run}, {@code diag.create}) run off the session thread: over a real Unix
 * socket, with a real repair registry whose repairs block on latches.
 */
@DisabledOnOs(OS.WINDOWS)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LongCallsTest {
  @TempDir Path temp;

  private final List<RepairAudit.Entry> ipcAudit = new CopyOnWriteArrayList<>();
  private final List<String> eventLog = new CopyOnWriteArrayList<>();
  private final List<LatchRepair> repairs = new ArrayList<>();
  private final List<AutoCloseable> cleanup = new ArrayList<>();
  private final ExecutorService repairThreads = Executors.newCachedThreadPool();
  private final ExecutorService callers = Executors.newCachedThreadPool();
  private final EventHub hub = new EventHub();
  private AuditLog auditLog;
  private IpcTransport transport;
  private IpcServer server;

  @BeforeEach
  void start() throws Exception {
    auditLog = new AuditLog(temp);
    RepairRegistry registry =
        new RepairRegistry(
            repairThreads,
            auditLog,
            (level, id, text) -> eventLog.add(level + " " + id + " " + text),
            FindingRecheck.NONE,
            Duration.ofSeconds(40),
            Clock.systemUTC());
    for (String id : List.of("slow-a", "slow-b", "slow-c")) {
      LatchRepair repair = new LatchRepair(id);
      repairs.add(repair);
      registry.register(repair);
    }
    RegistryFacade facade = new RegistryFacade(new IpcRepairs(registry, List::of));
    transport = new UnixSocketTransport(temp.resolve("ipc/ipc.sock"));
    IpcServerConfig config =
        IpcServerConfig.defaults("test")
            .withDeadlines(Duration.ofSeconds(2), Duration.ofMinutes(5))
            .withLongCalls(4, 2);
    server =
        new IpcServer(
                transport,
                config,
                ServiceMethods.dispatcher(facade, hub, ipcAudit::add, Clock.systemUTC()),
                new Authorizer(AuthorizationPolicy.administratorsOnly()),
                hub)
            .start();
  }

  @AfterEach
  void stop() throws Exception {
    repairs.forEach(r -> r.release.countDown());
    Collections.reverse(cleanup);
    for (AutoCloseable closeable : cleanup) {
      closeable.close();
    }
    server.close();
    callers.shutdownNow();
    repairThreads.shutdownNow();
  }

  private LatchRepair repair(String id) {
    return repairs.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }

  private IpcSession session(BlockingQueue<JsonNode> events) throws IpcException {
    return closeLater(
        IpcSession.open(
            transport,
            SessionOptions.of("test/1"),
            (event, data) -> events.add(((ObjectNode) data).deepCopy().put("_event", event))));
  }

  private <T extends AutoCloseable> T closeLater(T closeable) {
    cleanup.add(closeable);
    return closeable;
  }

  /** Calls {@code repair.run id} on a caller thread, so the test can act while it runs. */
  private CompletableFuture<JsonNode> runRepairAsync(IpcSession session, String id) {
    ObjectNode params = session.newObject().put("id", id);
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return session.call("repair.run", params, Duration.ofSeconds(50));
          } catch (IpcException e) {
            throw new CompletionException(e);
          }
        },
        callers);
  }

  private static JsonNode nextEvent(BlockingQueue<JsonNode> events, String kind)
      throws InterruptedException {
    while (true) {
      JsonNode event = events.poll(20, TimeUnit.SECONDS);
      assertThat(event).as("a '%s' event", kind).isNotNull();
      if (event.path("_event").asString().equals(kind)) {
        return event;
      }
    }
  }

  private List<String> auditFileResults(String repairId) throws Exception {
    return auditLog.read().stream()
        .filter(line -> line.path("repair").asString().equals(repairId))
        .map(line -> line.path("result").asString())
        .toList();
  }

  @Test
  void whileARepairRunsTheSameClientGetsAnswersAndEvents() throws Exception {
    BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
    IpcSession session = session(events);
    session.call("subscribe", null);
    assertThat(nextEvent(events, "snapshot").path("overall").asString()).isEqualTo("ok");

    CompletableFuture<JsonNode> result = runRepairAsync(session, "slow-a");
    repair("slow-a").awaitStarted();
    JsonNode started = nextEvent(events, "repair");
    assertThat(started.path("repair").asString()).isEqualTo("slow-a");
    assertThat(started.path("status").asString()).isEqualTo("started");

    assertThat(session.call("status.get", null).path("summary").asString()).isEqualTo("Link ok");
    assertThat(session.call("repair.list", null).path("repairs").size()).isEqualTo(3);
    hub.publish("snapshot", InMemoryServiceFacade.snapshot("degraded", "bridge-peer relayed"));
    assertThat(nextEvent(events, "snapshot").path("summary").asString())
        .isEqualTo("bridge-peer relayed");
    assertThat(result).as("the repair is still running").isNotDone();

    repair("slow-a").release.countDown();
    JsonNode answer = result.get(20, TimeUnit.SECONDS);
    assertThat(answer.path("ok").asBoolean()).isTrue();
    assertThat(answer.path("message").asString()).isEqualTo("Slow repair slow-a done.");
    JsonNode done = nextEvent(events, "repair");
    assertThat(done.path("status").asString()).isEqualTo("succeeded");
    assertThat(auditFileResults("slow-a")).containsExactly("succeeded");
    assertThat(ipcAudit)
        .singleElement()
        .extracting(RepairAudit.Entry::outcome)
        .isEqualTo("succeeded");
  }

  @Test
  void aClientThatLeavesMidRepairLeavesItToFinishAndBeAudited() throws Exception {
    IpcSession session = IpcSession.open(transport, SessionOptions.of("test/leaver"), null);
    CompletableFuture<JsonNode> result = runRepairAsync(session, "slow-b");
    repair("slow-b").awaitStarted();
    session.close();
    IpcTransportContract.await("the server saw the client leave", () -> server.clientCount() == 0);
    assertThat(result).failsWithin(Duration.ofSeconds(20));

    repair("slow-b").release.countDown();
    assertThat(repair("slow-b").finished.await(20, TimeUnit.SECONDS)).isTrue();
    IpcTransportContract.await(
        "the repair's result is in the audit file", () -> auditOf("slow-b").size() == 1);
    assertThat(auditOf("slow-b")).containsExactly("succeeded");
    IpcTransportContract.await("the ipc audit has the outcome", () -> ipcAudit.size() == 1);
    assertThat(ipcAudit.get(0).outcome()).isEqualTo("succeeded");
    assertThat(eventLog).anyMatch(line -> line.contains("slow-b") && line.contains("succeeded"));
  }

  private List<String> auditOf(String repairId) {
    try {
      return auditFileResults(repairId);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aClientMayHaveTwoLongCallsInFlightAndTheThirdIsToldBusy() throws Exception {
    IpcSession first = session(new LinkedBlockingQueue<>());
    CompletableFuture<JsonNode> a = runRepairAsync(first, "slow-a");
    CompletableFuture<JsonNode> b = runRepairAsync(first, "slow-b");
    repair("slow-a").awaitStarted();
    repair("slow-b").awaitStarted();

    ObjectNode third = first.newObject().put("id", "slow-c");
    assertThatThrownBy(() -> first.call("repair.run", third))
        .isInstanceOfSatisfying(
            IpcException.class,
            e -> {
              assertThat(e.code()).isEqualTo(IpcError.BUSY);
              assertThat(e.getMessage()).contains("2 long call(s)");
            });
    assertThatThrownBy(() -> first.call("diag.create", null))
        .isInstanceOfSatisfying(
            IpcException.class, e -> assertThat(e.code()).isEqualTo(IpcError.BUSY));
    assertThat(ipcAudit)
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.method()).isEqualTo("repair.run");
              assertThat(entry.outcome()).isEqualTo("error: busy");
            });
    assertThat(first.call("status.get", null).path("overall").asString()).isEqualTo("ok");

    IpcSession second = session(new LinkedBlockingQueue<>());
    assertThat(second.call("diag.create", null).path("path").asString())
        .as("the limit is per client")
        .isEqualTo("/tmp/bridge-link-diag.zip");

    repair("slow-a").release.countDown();
    repair("slow-b").release.countDown();
    assertThat(a.get(20, TimeUnit.SECONDS).path("ok").asBoolean()).isTrue();
    assertThat(b.get(20, TimeUnit.SECONDS).path("ok").asBoolean()).isTrue();
    repair("slow-c").release.countDown();
    assertThat(first.call("repair.run", third).path("message").asString())
        .as("room again once the first two answered")
        .isEqualTo("Slow repair slow-c done.");
  }
}
