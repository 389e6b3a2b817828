package com.maemuki.bridgelink.ipc.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PipeSecurityTest {

  @Test
  void productDescriptorIsExactlyThis() {
    assertThat(PipeSecurity.productDefault().sddl())
        .isEqualTo(
            "O:BAG:BAD:P(D;;GA;;;NU)(A;;GA;;;SY)(A;;GA;;;BA)(A;;0x12008b;;;IU)S:(ML;;NW;;;ME)");
  }

  @Test
  void interactiveUsersMayNotCreatePipeInstances() {
    String sddl = PipeSecurity.productDefault().sddl();
    int users = Integer.decode("0x12008b");
    int fileCreatePipeInstance = 0x4;
    assertThat(users & fileCreatePipeInstance).isZero();
    assertThat(sddl).doesNotContain(";;;WD)").doesNotContain(";;;AN)").doesNotContain("GW;;;IU");
  }

  @Test
  void denyEntriesComeFirstWhateverTheBuildOrder() {
    String sddl =
        PipeSecurity.builder()
            .allow("SY", PipeSecurity.FULL_CONTROL)
            .allow("S-1-5-21-1-2-3-1001", PipeSecurity.READ_WRITE_DATA)
            .deny("NU", PipeSecurity.FULL_CONTROL)
            .withoutIntegrityLabel()
            .build()
            .sddl();
    assertThat(sddl)
        .isEqualTo("O:BAG:BAD:P(D;;GA;;;NU)(A;;GA;;;SY)(A;;0x12008b;;;S-1-5-21-1-2-3-1001)");
  }

  @Test
  void canLeaveTheOwnerToTheCreator() {
    assertThat(
            PipeSecurity.builder()
                .defaultOwner()
                .allow("OW", PipeSecurity.FULL_CONTROL)
                .withoutIntegrityLabel()
                .build()
                .sddl())
        .isEqualTo("D:P(A;;GA;;;OW)");
  }

  @Test
  void refusesAnythingThatCouldInjectSddl() {
    assertThatThrownBy(() -> PipeSecurity.builder().allow("WD)(A;;GA;;;WD", "GA"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PipeSecurity.builder().allow("Everyone", "GA"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PipeSecurity.builder().allow("SY", "GA;;;WD"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PipeSecurity.builder().build())
        .isInstanceOf(IllegalStateException.class);
  }
}
