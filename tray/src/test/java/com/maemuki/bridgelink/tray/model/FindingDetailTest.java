package com.maemuki.bridgelink.tray.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The status window's detail pane, as words: what a person reads for a selected finding. */
class FindingDetailTest {
  private static final String LONG_TITLE =
      "The firewall on this computer blocks port 3389 (Remote Desktop) from every Tailscale"
          + " address, so the shared computer cannot reach it";

  private static FindingStatus blocked(String fixer, String repair) {
    return new FindingStatus(
        "local-port-blocked",
        Severity.WARNING,
        "3389",
        LONG_TITLE,
        "Allow the port from Tailscale addresses.",
        repair,
        fixer,
        "connect to 100.101.102.103:3389 from 100.64.0.2 refused after 12 ms; rule"
            + " \"Block RDP\" matches");
  }

  @Test
  void showsEverythingWholeWithTheFixTheMenuOffers() {
    FindingStatus finding = blocked("service", "open-inbound-port");
    FindingDetail detail =
        FindingDetail.of(finding, RepairAccess.of(Map.of("open-inbound-port", "Open port 3389")));

    assertThat(detail.title()).isEqualTo("Warning: " + LONG_TITLE + " (3389)");
    assertThat(detail.facts())
        .isEqualTo(
            "connect to 100.101.102.103:3389 from 100.64.0.2 refused after 12 ms; rule"
                + " \"Block RDP\" matches");
    assertThat(detail.remedy()).isEqualTo("Allow the port from Tailscale addresses.");
    assertThat(detail.whoFixes()).isEqualTo("The Bridge Link service can fix this.");
    assertThat(detail.offer()).isEqualTo(RepairAccess.Offer.FIX);
    assertThat(detail.fixLabel()).isEqualTo("Fix: Open port 3389");
    // the very command the menu's Fix entry sends
    assertThat(detail.command())
        .isEqualTo(
            new TrayCommand(
                CommandKind.RUN_REPAIR, "open-inbound-port", "3389", "local-port-blocked/3389"));
  }

  @Test
  void noFixButtonWhenTheUserMayNotRunIt() {
    FindingDetail notAllowed =
        FindingDetail.of(blocked("service", "open-inbound-port"), RepairAccess.of(Map.of()));
    assertThat(notAllowed.offer()).isEqualTo(RepairAccess.Offer.NONE);
    assertThat(notAllowed.fixLabel()).isNull();
    assertThat(notAllowed.command()).isNull();

    FindingDetail peerOwner =
        FindingDetail.of(blocked("peer-owner", null), RepairAccess.of(Map.of()));
    assertThat(peerOwner.whoFixes()).isEqualTo("The owner of the shared computer must fix this.");
    assertThat(peerOwner.fixLabel()).isNull();
  }

  @Test
  void aUserRepairForAnotherProfileOwnerSaysWhoMayFixIt() {
    FindingStatus login =
        new FindingStatus(
            "needs-login",
            Severity.CRITICAL,
            null,
            "Signed out",
            "Sign in.",
            "reauth",
            "tray-user");
    FindingDetail detail =
        FindingDetail.of(login, new RepairAccess(Map.of(), Set.of("reauth"), false));
    assertThat(detail.offer()).isEqualTo(RepairAccess.Offer.NOT_PROFILE_OWNER);
    assertThat(detail.fixLabel()).isNull();
    assertThat(detail.whoFixes())
        .isEqualTo(
            "You can fix this from this computer. Sign in to Windows as the Tailscale profile's"
                + " owner to fix this.");
    // no measured facts: said so, not left blank
    assertThat(detail.facts()).isEqualTo("No measurements were reported.");

    FindingDetail owner =
        FindingDetail.of(login, new RepairAccess(Map.of(), Set.of("reauth"), true));
    assertThat(owner.fixLabel()).isEqualTo("Fix: Sign in to Tailscale again");
  }
}
