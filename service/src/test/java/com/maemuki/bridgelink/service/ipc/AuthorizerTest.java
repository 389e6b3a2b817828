package com.maemuki.bridgelink.service.ipc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.maemuki.bridgelink.ipc.transport.PeerIdentity;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuthorizerTest {
  private static final PeerIdentity ROOT =
      new PeerIdentity("root", 0, 0, -1, -1, Set.of("root", "0"), true);
  private static final PeerIdentity ANN =
      new PeerIdentity(
          "ann", 1000, 1000, -1, -1, Set.of("ann", "1000", "bridge-ops", "1200"), false);
  private static final PeerIdentity BOB =
      new PeerIdentity("bob", 1001, 1001, -1, -1, Set.of("bob", "1001"), false);
  private static final PeerIdentity WINDOWS_ADMIN =
      new PeerIdentity("S-1-5-21-1-2-3-500", -1, -1, 4242, 1, Set.of("S-1-5-32-544"), true);

  @Test
  void administratorsAreOperatorsAndEveryoneElseAViewer() {
    Authorizer authorizer = new Authorizer(AuthorizationPolicy.administratorsOnly());
    assertThat(authorizer.rolesFor(ROOT)).containsExactlyInAnyOrder(Role.VIEWER, Role.OPERATOR);
    assertThat(authorizer.rolesFor(WINDOWS_ADMIN)).contains(Role.OPERATOR);
    assertThat(authorizer.rolesFor(ANN)).containsExactly(Role.VIEWER);
  }

  @Test
  void theOperatorsGroupMatchesByNameOrId() {
    assertThat(new Authorizer(AuthorizationPolicy.withOperatorGroup("bridge-ops")).rolesFor(ANN))
        .contains(Role.OPERATOR);
    assertThat(new Authorizer(AuthorizationPolicy.withOperatorGroup("1200")).rolesFor(ANN))
        .contains(Role.OPERATOR);
    assertThat(new Authorizer(AuthorizationPolicy.withOperatorGroup("bridge-ops")).rolesFor(BOB))
        .containsExactly(Role.VIEWER);
  }

  @Test
  void allowUserRepairAlwaysMakesEveryoneAnOperator() {
    Authorizer authorizer =
        new Authorizer(new AuthorizationPolicy(Optional.empty(), AllowUserRepair.parse("Always")));
    assertThat(authorizer.rolesFor(BOB)).contains(Role.OPERATOR);
    assertThat(AllowUserRepair.parse("")).isEqualTo(AllowUserRepair.NEVER);
    assertThatThrownBy(() -> AllowUserRepair.parse("sometimes"))
        .hasMessageContaining("'never' or 'always'");
  }
}
