package com.maemuki.bridgelink.service.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OperatorRuleTest {

  private static final String USER = "S-1-5-21-1004336348-1177238915-682003330-1001";
  private static final String OPERATORS = "S-1-5-21-1004336348-1177238915-682003330-1010";
  private static final String USERS = "S-1-5-32-545";

  private static CallerIdentity caller(GroupMembership... groups) {
    return new CallerIdentity(USER, "PC\\alice", List.of(groups));
  }

  private final OperatorRule rule = new OperatorRule(Set.of(OPERATORS), false);

  @Test
  void elevatedAdministratorIsAllowed() {
    // SE_GROUP_ENABLED | SE_GROUP_ENABLED_BY_DEFAULT | SE_GROUP_MANDATORY = 0x7
    CallerIdentity admin =
        caller(GroupMembership.fromTokenAttributes(OperatorRule.ADMINISTRATORS_SID, 0x7));
    assertThat(rule.decide(admin).allowed()).isTrue();
    assertThat(rule.decide(admin).reason()).contains("Administrators");
  }

  @Test
  void nonElevatedAdministratorIsNot() {
    // UAC's filtered token: Administrators with SE_GROUP_USE_FOR_DENY_ONLY (0x10), not enabled.
    CallerIdentity filtered =
        caller(
            GroupMembership.fromTokenAttributes(OperatorRule.ADMINISTRATORS_SID, 0x10),
            GroupMembership.fromTokenAttributes(USERS, 0x7));
    OperatorRule.Decision d = rule.decide(filtered);
    assertThat(d.allowed()).isFalse();
    assertThat(d.reason()).contains("without elevation");
  }

  @Test
  void operatorsGroupMemberIsAllowedCaseInsensitively() {
    CallerIdentity op = caller(GroupMembership.fromTokenAttributes(OPERATORS.toLowerCase(), 0x7));
    assertThat(rule.decide(op).allowed()).isTrue();
    assertThat(rule.decide(op).reason()).contains("operators group");
  }

  @Test
  void plainUserIsDeniedUnlessPolicyAllowsUsers() {
    CallerIdentity user = caller(GroupMembership.fromTokenAttributes(USERS, 0x7));
    assertThat(rule.decide(user).allowed()).isFalse();
    assertThat(new OperatorRule(Set.of(), true).decide(user).allowed()).isTrue();
  }

  @Test
  void systemAndRootAreAllowed() {
    assertThat(
            rule.decide(new CallerIdentity(OperatorRule.LOCAL_SYSTEM_SID, "", List.of())).allowed())
        .isTrue();
    assertThat(rule.decide(CallerIdentity.unix(0, "root", List.of())).allowed()).isTrue();
    assertThat(rule.decide(CallerIdentity.unix(1000, "alice", List.of(1000L))).allowed()).isFalse();
    assertThat(
            new OperatorRule(Set.of("gid:990"), false)
                .decide(CallerIdentity.unix(1000, "alice", List.of(990L)))
                .allowed())
        .isTrue();
  }

  @Test
  void malformedOperatorGroupsAreRefused() {
    assertThatThrownBy(() -> new OperatorRule(Set.of("Maemuki Operators"), false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(OperatorRule.isSid("S-1-5-32-544")).isTrue();
    assertThat(OperatorRule.isSid("S-1-5-32-544; drop")).isFalse();
  }
}
