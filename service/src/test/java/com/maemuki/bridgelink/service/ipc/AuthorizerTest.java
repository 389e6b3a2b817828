package com.maemuki.bridgelink.service.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.maemuki.bridgelink.ipc.transport.GroupMembership;
import com.maemuki.bridgelink.ipc.transport.PeerIdentity;
import com.maemuki.bridgelink.service.platform.GroupLookup;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The one authorization rule, on Unix and Windows identities built the way the transports do. */
class AuthorizerTest {
  private static final String OPERATORS_SID = "S-1-5-21-1111-2222-3333-1105";
  private static final String USERS_SID = "S-1-5-32-545";

  /** A machine with groups "bridge-ops" (gid 1200) and "Maemuki Operators" (a SID). */
  private static final GroupLookup MACHINE =
      group ->
          Optional.ofNullable(
              Map.of(
                      "bridge-ops",
                      "1200",
                      "1200",
                      "1200",
                      "Maemuki Operators",
                      OPERATORS_SID,
                      OPERATORS_SID,
                      OPERATORS_SID)
                  .get(group));

  private static final PeerIdentity ROOT = unix("root", 0, GroupMembership.unix(0, "root"));
  private static final PeerIdentity ANN =
      unix(
          "ann", 1000, GroupMembership.unix(1000, "ann"), GroupMembership.unix(1200, "bridge-ops"));
  private static final PeerIdentity BOB = unix("bob", 1001, GroupMembership.unix(1001, "bob"));

  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  private final Logger authorizerLog = (Logger) LoggerFactory.getLogger(Authorizer.class);

  @BeforeEach
  void captureLog() {
    logged.start();
    authorizerLog.addAppender(logged);
    authorizerLog.setLevel(Level.INFO);
  }

  @AfterEach
  void releaseLog() {
    authorizerLog.detachAppender(logged);
    authorizerLog.setLevel(null);
  }

  private static PeerIdentity unix(String name, long uid, GroupMembership... groups) {
    return new PeerIdentity(name, "", uid, uid, -1, -1, List.of(groups));
  }

  private static PeerIdentity windows(String sid, GroupMembership... groups) {
    return new PeerIdentity("PC\\alice", sid, -1, -1, 4242, 1, List.of(groups));
  }

  private static GroupMembership token(String sid, int attributes) {
    return GroupMembership.fromTokenAttributes(sid, attributes);
  }

  private static Authorizer with(AuthorizationPolicy policy) {
    return new Authorizer(() -> policy, MACHINE);
  }

  @Test
  void rootAndLocalSystemAreOperators() {
    Authorizer authorizer = new Authorizer(AuthorizationPolicy.administratorsOnly());
    assertThat(authorizer.rolesFor(ROOT)).containsExactlyInAnyOrder(Role.VIEWER, Role.OPERATOR);
    assertThat(authorizer.decide(windows(Authorizer.LOCAL_SYSTEM_SID)).reason())
        .isEqualTo("system account");
    assertThat(authorizer.rolesFor(ANN)).containsExactly(Role.VIEWER);
  }

  @Test
  void anElevatedAdministratorIsAnOperator() {
    PeerIdentity admin =
        windows(
            "S-1-5-21-1-2-3-500", token(Authorizer.ADMINISTRATORS_SID, 0x7), token(USERS_SID, 7));
    Authorizer.Decision decision =
        new Authorizer(AuthorizationPolicy.administratorsOnly()).decide(admin);
    assertThat(decision.operator()).isTrue();
    assertThat(decision.reason()).contains("Administrators");
  }

  @Test
  void aDenyOnlyAdministratorsMembershipGrantsNothing() {
    PeerIdentity filtered =
        windows(
            "S-1-5-21-1-2-3-1001",
            token(Authorizer.ADMINISTRATORS_SID, 0x10),
            token(USERS_SID, 0x7));
    Authorizer.Decision decision =
        new Authorizer(AuthorizationPolicy.administratorsOnly()).decide(filtered);
    assertThat(decision.operator()).isFalse();
    assertThat(decision.reason()).contains("without elevation");
    assertThat(decision.roles()).containsExactly(Role.VIEWER);
  }

  @Test
  void membersOfTheOperatorsGroupAreOperatorsByNameOrId() {
    assertThat(with(AuthorizationPolicy.withOperatorsGroup("bridge-ops")).decide(ANN))
        .isEqualTo(new Authorizer.Decision(true, "member of the operators group bridge-ops"));
    assertThat(with(AuthorizationPolicy.withOperatorsGroup("1200")).rolesFor(ANN))
        .contains(Role.OPERATOR);
    PeerIdentity operator = windows("S-1-5-21-1-2-3-1001", token(OPERATORS_SID.toLowerCase(), 7));
    assertThat(with(AuthorizationPolicy.withOperatorsGroup("Maemuki Operators")).rolesFor(operator))
        .contains(Role.OPERATOR);
    assertThat(with(AuthorizationPolicy.withOperatorsGroup(OPERATORS_SID)).rolesFor(operator))
        .contains(Role.OPERATOR);
  }

  @Test
  void nonMembersAreViewers() {
    Authorizer.Decision decision =
        with(AuthorizationPolicy.withOperatorsGroup("bridge-ops")).decide(BOB);
    assertThat(decision.operator()).isFalse();
    assertThat(decision.reason()).isEqualTo("not an administrator or operator");
  }

  @Test
  void aDenyOnlyOrDisabledOperatorsGroupMembershipGrantsNothing() {
    Authorizer authorizer = with(AuthorizationPolicy.withOperatorsGroup("Maemuki Operators"));
    assertThat(authorizer.rolesFor(windows("S-1-5-21-9", token(OPERATORS_SID, 0x10))))
        .containsExactly(Role.VIEWER);
    assertThat(authorizer.rolesFor(windows("S-1-5-21-9", token(OPERATORS_SID, 0x1))))
        .containsExactly(Role.VIEWER);
  }

  @Test
  void thePolicyAllowingUsersMakesEveryIdentifiedCallerAnOperator() {
    Authorizer authorizer = with(new AuthorizationPolicy(Optional.empty(), true));
    assertThat(authorizer.decide(BOB).reason()).isEqualTo("machine policy allows users to repair");
    assertThat(authorizer.rolesFor(windows("S-1-5-21-9", token(USERS_SID, 7))))
        .contains(Role.OPERATOR);
    assertThat(authorizer.rolesFor(PeerIdentity.unknown(77, 1)))
        .as("a caller the OS did not identify is never an operator")
        .containsExactly(Role.VIEWER);
  }

  @Test
  void aConfiguredGroupAbsentFromTheMachineGrantsNothingAndSaysSoOnce() {
    Authorizer authorizer = with(AuthorizationPolicy.withOperatorsGroup("no-such-group"));
    assertThat(authorizer.rolesFor(ANN)).containsExactly(Role.VIEWER);
    assertThat(authorizer.rolesFor(BOB)).containsExactly(Role.VIEWER);
    assertThat(logged.list)
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.getLevel()).isEqualTo(Level.WARN);
              assertThat(event.getFormattedMessage())
                  .contains("operators group 'no-such-group' does not exist on this machine")
                  .contains("operatorsGroup")
                  .contains("OperatorsGroup");
            });
  }

  @Test
  void theLivePolicyIsReadAtEveryDecisionAndAGroupAppearingLaterIsFound() {
    AtomicReference<AuthorizationPolicy> policy =
        new AtomicReference<>(AuthorizationPolicy.administratorsOnly());
    AtomicReference<Optional<String>> opsGid = new AtomicReference<>(Optional.empty());
    AtomicInteger lookups = new AtomicInteger();
    AtomicLong now = new AtomicLong();
    GroupLookup machine =
        group -> {
          lookups.incrementAndGet();
          return group.equals("late-ops") ? opsGid.get() : MACHINE.idOf(group);
        };
    Authorizer authorizer = new Authorizer(policy::get, machine, now::get);
    assertThat(authorizer.rolesFor(ANN)).containsExactly(Role.VIEWER);

    policy.set(AuthorizationPolicy.withOperatorsGroup("bridge-ops"));
    assertThat(authorizer.rolesFor(ANN)).contains(Role.OPERATOR);
    assertThat(authorizer.rolesFor(ANN)).contains(Role.OPERATOR);
    assertThat(lookups).as("a lookup is reused for a while").hasValue(1);

    policy.set(AuthorizationPolicy.withOperatorsGroup("late-ops"));
    assertThat(authorizer.rolesFor(ANN)).as("changed value: looked up at once").hasSize(1);
    opsGid.set(Optional.of("1200"));
    now.addAndGet(Authorizer.LOOKUP_REUSE.toNanos());
    assertThat(authorizer.rolesFor(ANN)).contains(Role.OPERATOR);
    assertThat(logged.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .containsExactly(
            "operators group 'bridge-ops' is group 1200 on this machine",
            "operators group 'late-ops' does not exist on this machine: nobody is an operator "
                + "through it (check operatorsGroup in config.json or the OperatorsGroup machine "
                + "policy)",
            "operators group 'late-ops' is group 1200 on this machine");
  }
}
