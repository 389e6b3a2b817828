package com.maemuki.bridgelink.service.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.ipc.message.IpcError;
import com.maemuki.bridgelink.ipc.message.Request;
import com.maemuki.bridgelink.ipc.message.Response;
import com.maemuki.bridgelink.ipc.transport.GroupMembership;
import com.maemuki.bridgelink.ipc.transport.PeerIdentity;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class DispatcherTest {
  private static final PeerIdentity ANN =
      new PeerIdentity("ann", "", 1000, 1000, -1, -1, List.of(GroupMembership.unix(1000, "ann")));
  private final InMemoryServiceFacade facade = new InMemoryServiceFacade();
  private final List<RepairAudit.Entry> audit = new ArrayList<>();
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T19:00:00Z"), ZoneOffset.UTC);
  private final Dispatcher dispatcher =
      ServiceMethods.dispatcher(facade, new EventHub(), audit::add, clock);

  private static ObjectNode params() {
    return JsonNodeFactory.instance.objectNode();
  }

  private Response call(Set<Role> roles, String method, ObjectNode params) {
    return dispatcher.dispatch(new CallContext(ANN, roles, null), new Request(1, method, params));
  }

  @Test
  void theMethodTableIsTheDesignOne() {
    assertThat(dispatcher.methodNames())
        .containsExactly(
            "status.get",
            "subscribe",
            "check.now",
            "repair.list",
            "repair.run",
            "history.get",
            "diag.create");
    assertThat(dispatcher.requiredRole("repair.run")).isEqualTo(Role.OPERATOR);
    assertThat(dispatcher.requiredRole("status.get")).isEqualTo(Role.VIEWER);
    assertThat(dispatcher.methodNames().stream().filter(dispatcher::isLongRunning))
        .as("run off the session thread")
        .containsExactly("repair.run", "diag.create");
    assertThat(dispatcher.isLongRunning("no.such.method")).isFalse();
  }

  @Test
  void aViewerIsDeniedRepairRunAndTheAttemptIsAudited() {
    Response response =
        call(Set.of(Role.VIEWER), "repair.run", params().put("id", "open-inbound-port"));
    assertThat(response.error().code()).isEqualTo(IpcError.FORBIDDEN);
    assertThat(facade.repairsRun.get()).isZero();
    assertThat(audit)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.outcome()).isEqualTo("denied");
              assertThat(e.time()).isEqualTo(clock.instant());
              assertThat(e.params()).contains("open-inbound-port");
            });
  }

  @Test
  void anOperatorRunsServiceRepairsOnlyAndEveryAttemptIsAudited() {
    Set<Role> operator = Set.of(Role.VIEWER, Role.OPERATOR);
    assertThat(
            call(operator, "repair.run", params().put("id", "open-inbound-port"))
                .result()
                .path("cleared")
                .asBoolean())
        .isTrue();
    assertThat(call(operator, "repair.run", params().put("id", "accept-dns")).error().message())
        .contains("runs in the tray");
    assertThat(call(operator, "repair.run", params().put("id", "../../etc")).error().code())
        .isEqualTo(IpcError.BAD_REQUEST);
    assertThat(audit)
        .extracting(RepairAudit.Entry::outcome)
        .containsExactly("succeeded", "error: bad-request", "error: bad-request");
  }

  @Test
  void repairListSaysWhatThisCallerMayRun() {
    var viewer = call(Set.of(Role.VIEWER), "repair.list", params()).result().path("repairs");
    assertThat(viewer.get(0).path("allowed").asBoolean()).isFalse();
    assertThat(viewer.get(1).path("allowed").asBoolean()).as("tray repairs").isTrue();
  }

  @Test
  void aHandlerCrashIsAnInternalErrorWithoutDetails() {
    Dispatcher crashing =
        new Dispatcher(
            List.of(
                new Dispatcher.Method(
                    "boom",
                    Role.VIEWER,
                    false,
                    (c, p) -> {
                      throw new IllegalStateException("secret detail");
                    })),
            audit::add,
            clock);
    Response response =
        crashing.dispatch(
            new CallContext(ANN, Set.of(Role.VIEWER), null), new Request(3, "boom", params()));
    assertThat(response.error().code()).isEqualTo(IpcError.INTERNAL);
    assertThat(response.error().message()).doesNotContain("secret");
  }
}
