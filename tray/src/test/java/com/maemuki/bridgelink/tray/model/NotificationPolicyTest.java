package com.maemuki.bridgelink.tray.model;

import static com.maemuki.bridgelink.tray.model.Snapshots.finding;
import static com.maemuki.bridgelink.tray.model.Snapshots.withFindings;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NotificationPolicyTest {
  private static final Instant T0 = Instant.parse("2026-11-24T19:00:00Z");
  private static final FindingStatus RELAYED = finding("path-relayed", Severity.WARNING, "peer");
  private static final FindingStatus OFFLINE = finding("peer-offline", Severity.CRITICAL, "peer");

  private final NotificationPolicy policy = NotificationPolicy.defaults();

  @Test
  void raisedCriticalAndWarningThenRecovered() {
    assertThat(policy.onSnapshot(withFindings(), T0)).isEmpty();

    List<Notification> raised =
        policy.onSnapshot(withFindings(RELAYED, OFFLINE), T0.plusSeconds(1));
    assertThat(raised)
        .extracting(Notification::level, Notification::title, Notification::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Notification.Level.CRITICAL,
                "title of peer-offline (peer)",
                "remedy for peer-offline"),
            org.assertj.core.groups.Tuple.tuple(
                Notification.Level.WARNING,
                "title of path-relayed (peer)",
                "remedy for path-relayed"));

    assertThat(policy.onSnapshot(withFindings(RELAYED, OFFLINE), T0.plusSeconds(2))).isEmpty();

    List<Notification> recovered = policy.onSnapshot(withFindings(RELAYED), T0.plusSeconds(3));
    assertThat(recovered)
        .extracting(Notification::level, Notification::title)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Notification.Level.RECOVERED, "Resolved: title of peer-offline"));
  }

  @Test
  void infoFindingsNeverNotify() {
    assertThat(policy.onSnapshot(withFindings(finding("hard-nat", Severity.INFO, null)), T0))
        .isEmpty();
    assertThat(policy.onSnapshot(withFindings(), T0.plusSeconds(1))).isEmpty();
  }

  @Test
  void escalationFromWarningToCriticalNotifiesAgain() {
    FindingStatus asWarning = finding("key-expiring", Severity.WARNING, null);
    FindingStatus asCritical = finding("key-expiring", Severity.CRITICAL, null);
    assertThat(policy.onSnapshot(withFindings(asWarning), T0)).hasSize(1);
    assertThat(policy.onSnapshot(withFindings(asCritical), T0.plusSeconds(1)))
        .extracting(Notification::level)
        .containsExactly(Notification.Level.CRITICAL);
    // de-escalation is not news
    assertThat(policy.onSnapshot(withFindings(asWarning), T0.plusSeconds(2))).isEmpty();
  }

  @Test
  void aFlappingWarningIsShownOncePerWindow() {
    NotificationPolicy counting = NotificationPolicy.defaults();
    int shown = 0;
    for (int i = 0; i < 10; i++) {
      Instant t = T0.plusSeconds(30L * i);
      shown += counting.onSnapshot(withFindings(RELAYED), t).size();
      shown += counting.onSnapshot(withFindings(), t.plusSeconds(10)).size();
    }
    assertThat(shown).as("one raise and one recovery within the 10 minute window").isEqualTo(2);
    assertThat(counting.onSnapshot(withFindings(RELAYED), T0.plus(Duration.ofMinutes(11))))
        .as("after the window the same transition is news again")
        .hasSize(1);
  }

  @Test
  void aCriticalFindingIsShownEveryTimeItIsRaised() {
    policy.onSnapshot(withFindings(), T0);
    int raised = 0;
    for (int i = 0; i < 5; i++) {
      Instant t = T0.plusSeconds(1 + 20L * i);
      raised +=
          (int)
              policy.onSnapshot(withFindings(OFFLINE), t).stream()
                  .filter(n -> n.level() == Notification.Level.CRITICAL)
                  .count();
      policy.onSnapshot(withFindings(), t.plusSeconds(10));
    }
    assertThat(raised).isEqualTo(5);
  }

  @Test
  void rateLimitMergesOnlyWarningsAndResolvedAndSaysSoNextTime() {
    FindingStatus[] many = new FindingStatus[5];
    for (int i = 0; i < many.length; i++) {
      many[i] = finding("port-" + i, Severity.WARNING, String.valueOf(i));
    }
    policy.onSnapshot(withFindings(), T0);
    assertThat(policy.onSnapshot(withFindings(many), T0.plusSeconds(1))).hasSize(3);
    // within the same minute: a critical is still shown, with the count of what was held back
    List<Notification> next =
        policy.onSnapshot(
            withFindings(many[0], many[1], many[2], many[3], many[4], OFFLINE), T0.plusSeconds(2));
    assertThat(next).extracting(Notification::level).containsExactly(Notification.Level.CRITICAL);
    assertThat(next.get(0).message()).endsWith("(2 more changes \u2014 open the status window)");
    // the service going away in the same minute is shown too
    assertThat(policy.onServiceLost(T0.plusSeconds(3))).hasSize(1);
  }

  @Test
  void startUpShowsOneSummaryOfWhatWasAlreadyWrong() {
    FindingStatus blocked = finding("local-port-blocked", Severity.WARNING, "3389");
    List<Notification> first = policy.onSnapshot(withFindings(RELAYED, OFFLINE, blocked), T0);
    assertThat(first)
        .extracting(Notification::level, Notification::title, Notification::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Notification.Level.CRITICAL,
                "3 problems with the link",
                "title of peer-offline; title of path-relayed; title of local-port-blocked."
                    + " Open the status window for what to do."));
    assertThat(policy.onSnapshot(withFindings(RELAYED, OFFLINE, blocked), T0.plusSeconds(1)))
        .isEmpty();
  }

  @Test
  void quietModeShowsNothingButKeepsTrack() {
    policy.setQuiet(true);
    assertThat(policy.onSnapshot(withFindings(OFFLINE), T0)).isEmpty();
    policy.setQuiet(false);
    assertThat(policy.onSnapshot(withFindings(OFFLINE), T0.plusSeconds(1)))
        .as("the finding was already active; turning quiet off does not replay it")
        .isEmpty();
    assertThat(policy.onSnapshot(withFindings(), T0.plusSeconds(2)))
        .extracting(Notification::level)
        .containsExactly(Notification.Level.RECOVERED);
  }

  @Test
  void serviceLossAndReturnAreAnnouncedOncePerOutageAndReconnectDoesNotReplayFindings() {
    policy.onSnapshot(withFindings(RELAYED), T0);
    assertThat(policy.onServiceLost(T0.plusSeconds(1)))
        .extracting(Notification::key)
        .containsExactly("service");
    assertThat(policy.onServiceLost(T0.plusSeconds(2))).isEmpty();
    assertThat(policy.onSnapshot(withFindings(RELAYED), T0.plusSeconds(3)))
        .extracting(Notification::level, Notification::title)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Notification.Level.RECOVERED, "Bridge Link service is back"));
    List<String> keys =
        // a minute later: the rate window no longer holds the three pop-ups above
        policy.onSnapshot(withFindings(), T0.plus(Duration.ofMinutes(2))).stream()
            .map(Notification::key)
            .collect(Collectors.toList());
    assertThat(keys).containsExactly("path-relayed/peer");
  }
}
