package com.maemuki.bridgelink.service.finding;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.tailscale.repair.UserRepairId;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The catalog's user-fixed repairs are the ones the tray and {@code bridge-link repair} can run
 * ({@link UserRepairId}, the one list of them), and each of those is offered by some finding.
 */
class UserRepairCatalogTest {

  @Test
  void everyRepairTheSignedInUserFixesIsAUserRepairAndEachIsOffered() {
    Set<String> userFixed =
        Arrays.stream(FindingCode.values())
            .filter(c -> c.fixer() == Fixer.TRAY_USER)
            .map(FindingCode::repair)
            .filter(Objects::nonNull)
            .collect(Collectors.toSet());
    assertThat(UserRepairId.wireNames()).containsAll(userFixed);
    Set<String> offered =
        Arrays.stream(FindingCode.values())
            .map(FindingCode::repair)
            .filter(Objects::nonNull)
            .collect(Collectors.toSet());
    assertThat(offered).containsAll(UserRepairId.wireNames());
  }
}
