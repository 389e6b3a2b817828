package com.maemuki.bridgelink.tray.model;

import static com.maemuki.bridgelink.tray.model.Snapshots.finding;
import static com.maemuki.bridgelink.tray.model.Snapshots.withFindings;
import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.ipc.contract.NotificationSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class NotificationPolicyTest {
  private static final Instant T0 = Instant.parse("2026-11-24T19:00:00Z");
  private static final FindingStatus RELAYED = finding("path-relayed", Severity.WARNING, "peer");
  private static final FindingStatus OFFLINE = finding("peer-offline", Severity.CRITICAL, "peer");

  private final NotificationPolicy policy = NotificationPolicy.defaults();

  private static FindingTransition raised(FindingStatus finding) {
    return new FindingTransition(FindingTransition.Kind.RAISED, finding);
  }

  private static FindingTransition cleared(FindingStatus finding) {
    return new FindingTransition(FindingTransition.Kind.CLEARED, finding);
  }

  private static FindingTransition changed(FindingStatus finding) {
    return new FindingTransition(FindingTransition.Kind.CHANGED, finding);
  }

  private static Snapshot configured(NotificationSettings settings, FindingStatus... findings) {
    return new Snapshot(
        "ok", "", List.of("100.64.0.1"), List.of(), List.of(findings), settings, null, null);
  }

  @Test
  void raisedCriticalAndWarningThenRecovered() {
    assertThat(policy.onSnapshot(withFindings(), T0)).isEmpty();

    assertThat(policy.onTransition(raised(OFFLINE), T0.plusSeconds(1)))
        .extracting(Notification::level, Notification::title, Notification::message)
        .containsExactly(
            Tuple.tuple(
                Notification.Level.CRITICAL,
                "title of peer-offline (peer)",
                "remedy for peer-offline"));
    assertThat(policy.onTransition(raised(RELAYED), T0.plusSeconds(1)))
        .extracting(Notification::level)
        .containsExactly(Notification.Level.WARNING);

    assertThat(policy.onSnapshot(withFindings(RELAYED, OFFLINE), T0.plusSeconds(2))).isEmpty();
    assertThat(policy.onTransition(cleared(OFFLINE), T0.plusSeconds(3)))
        .extracting(Notification::level, Notification::title)
        .containsExactly(
            Tuple.tuple(Notification.Level.RECOVERED, "Resolved: title of peer-offline"));
  }

  @Test
  void startUpShowsOneSummaryNotOnePopUpPerKnownFinding() {
    List<Notification> first = policy.onSnapshot(withFindings(RELAYED, OFFLINE), T0);
    assertThat(first)
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.level()).isEqualTo(Notification.Level.CRITICAL);
              assertThat(n.title()).isEqualTo("2 problems with the link");
              assertThat(n.message()).contains("title of peer-offline", "title of path-relayed");
            });
    assertThat(policy.onSnapshot(withFindings(RELAYED, OFFLINE), T0.plusSeconds(2)))
        .as("later snapshots are not news")
        .isEmpty();
  }

  @Test
  void infoFindingsNeverNotify() {
    FindingStatus hardNat = finding("hard-nat", Severity.INFO, null);
    assertThat(policy.onTransition(raised(hardNat), T0)).isEmpty();
    assertThat(policy.onTransition(cleared(hardNat), T0.plusSeconds(1))).isEmpty();
  }

  @Test
  void escalationFromWarningToCriticalNotifiesAgain() {
    FindingStatus asWarning = finding("key-expiring", Severity.WARNING, null);
    FindingStatus asCritical = finding("key-expiring", Severity.CRITICAL, null);
    assertThat(policy.onTransition(raised(asWarning), T0)).hasSize(1);
    assertThat(policy.onTransition(changed(asCritical), T0.plusSeconds(1)))
        .extracting(Notification::level)
        .containsExactly(Notification.Level.CRITICAL);
    // de-escalation is not news
    assertThat(policy.onTransition(changed(asWarning), T0.plusSeconds(2))).isEmpty();
  }

  @Test
  void aFlappingWarningIsShownOncePerWindowButACriticalAlways() {
    NotificationPolicy counting = NotificationPolicy.defaults();
    int shown = 0;
    for (int i = 0; i < 10; i++) {
      Instant t = T0.plusSeconds(30L * i);
      shown += counting.onTransition(raised(RELAYED), t).size();
      shown += counting.onTransition(cleared(RELAYED), t.plusSeconds(10)).size();
    }
    assertThat(shown).as("one raise and one recovery within the 10 minute window").isEqualTo(2);
    assertThat(counting.onTransition(raised(RELAYED), T0.plus(Duration.ofMinutes(11))))
        .as("after the window the same transition is news again")
        .hasSize(1);
    int criticals = 0;
    for (int i = 0; i < 5; i++) {
      criticals += counting.onTransition(raised(OFFLINE), T0.plusSeconds(i)).size();
    }
    assertThat(criticals).as("a critical finding raised is never held back").isEqualTo(5);
  }

  @Test
  void rateLimitMergesOnlyLowerSeveritiesAndSaysSoNextTime() {
    int shown = 0;
    for (int i = 0; i < 5; i++) {
      shown +=
          policy
              .onTransition(raised(finding("port-" + i, Severity.WARNING, String.valueOf(i))), T0)
              .size();
    }
    assertThat(shown).isEqualTo(3);
    List<Notification> next = policy.onTransition(raised(OFFLINE), T0.plusSeconds(1));
    assertThat(next).as("a critical passes the limit").hasSize(1);
    assertThat(next.get(0).message()).endsWith("(2 more changes \u2014 open the status window)");
  }

  @Test
  void quietModeShowsNothingButKeepsTrack() {
    policy.setQuiet(true);
    assertThat(policy.onTransition(raised(OFFLINE), T0)).isEmpty();
    policy.setQuiet(false);
    assertThat(policy.onTransition(cleared(OFFLINE), T0.plusSeconds(2)))
        .extracting(Notification::level)
        .containsExactly(Notification.Level.RECOVERED);
  }

  @Test
  void serviceLossAndReturnAreAlwaysAnnouncedAndTheReconnectDoesNotReplayFindings() {
    policy.onSnapshot(withFindings(RELAYED), T0);
    for (int i = 0; i < 5; i++) { // fill the rate window
      policy.onTransition(raised(finding("port-" + i, Severity.WARNING, "x")), T0);
    }
    assertThat(policy.onServiceLost(T0.plusSeconds(1)))
        .extracting(Notification::key)
        .containsExactly("service");
    assertThat(policy.onServiceLost(T0.plusSeconds(2))).isEmpty();
    assertThat(policy.onSnapshot(withFindings(RELAYED), T0.plusSeconds(3)))
        .extracting(Notification::title)
        .containsExactly("Bridge Link service is back");
    List<String> keys =
        policy.onTransition(cleared(RELAYED), T0.plus(Duration.ofMinutes(2))).stream()
            .map(Notification::key)
            .collect(Collectors.toList());
    assertThat(keys).containsExactly("path-relayed/peer");
  }

  @Test
  void theConfiguredPolicyFromTheServiceIsHonoured() {
    policy.onSnapshot(configured(new NotificationSettings("critical", false)), T0);
    assertThat(policy.onTransition(raised(RELAYED), T0.plusSeconds(1)))
        .as("below the minimum severity")
        .isEmpty();
    assertThat(policy.onTransition(raised(OFFLINE), T0.plusSeconds(2))).hasSize(1);
    assertThat(policy.onTransition(cleared(OFFLINE), T0.plusSeconds(3)))
        .as("no clears wanted")
        .isEmpty();
    policy.onSnapshot(configured(new NotificationSettings("from-a-newer-service", true)), T0);
    assertThat(policy.onTransition(raised(RELAYED), T0.plus(Duration.ofMinutes(20))))
        .as("an unknown minimum falls back to warning")
        .hasSize(1);
  }
}
