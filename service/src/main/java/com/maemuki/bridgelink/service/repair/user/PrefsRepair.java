package com.maemuki.bridgelink.service.repair.user;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.service.repair.Repair;
import com.maemuki.bridgelink.service.repair.RepairContext;
import com.maemuki.bridgelink.service.repair.RepairOutcome;
import com.maemuki.bridgelink.service.repair.RunsIn;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiClient;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiException;
import java.util.Objects;
import java.util.Set;

/**
 * {@code tailscale-up}, {@code accept-dns}, {@code enable-unattended}, as the signed-in user: PATCH
 * one pref, then read prefs back and report success only when the change holds. Already set →
 * nothing is sent (idempotent).
 */
public final class PrefsRepair implements Repair {

  private final String id;
  private final String title;
  private final PrefsChange change;
  private final Set<FindingCode> findings;
  private final LocalApiClient client;

  private PrefsRepair(
      String id,
      String title,
      PrefsChange change,
      Set<FindingCode> findings,
      LocalApiClient client) {
    this.id = id;
    this.title = title;
    this.change = change;
    this.findings = findings;
    this.client = Objects.requireNonNull(client, "client");
  }

  public static PrefsRepair tailscaleUp(LocalApiClient client) {
    return new PrefsRepair(
        "tailscale-up",
        "Connect Tailscale",
        PrefsChange.WANT_RUNNING,
        Set.of(FindingCode.BACKEND_STOPPED),
        client);
  }

  public static PrefsRepair acceptDns(LocalApiClient client) {
    return new PrefsRepair(
        "accept-dns",
        "Accept Tailscale DNS",
        PrefsChange.ACCEPT_DNS,
        Set.of(FindingCode.DNS_NOT_ACCEPTED, FindingCode.PEER_NAME_UNRESOLVED),
        client);
  }

  public static PrefsRepair enableUnattended(LocalApiClient client) {
    return new PrefsRepair(
        "enable-unattended",
        "Run Tailscale unattended",
        PrefsChange.UNATTENDED,
        Set.of(FindingCode.UNATTENDED_OFF),
        client);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public RunsIn runsIn() {
    return RunsIn.TRAY;
  }

  @Override
  public boolean appliesTo(Finding finding) {
    return findings.contains(finding.code());
  }

  @Override
  public RepairOutcome run(RepairContext context) {
    try {
      if (change.holdsIn(client.prefs())) {
        return new RepairOutcome(true, "Nothing to do: " + change.doneMessage(), true);
      }
      client.patchPrefs(change.patchBody());
      boolean holds = change.holdsIn(client.prefs());
      return holds
          ? new RepairOutcome(true, change.doneMessage(), true)
          : RepairOutcome.failed(
              "Tailscale accepted the change but " + change.field() + " is still off.");
    } catch (LocalApiException e) {
      return RepairOutcome.failed("Tailscale refused the change: " + e.getMessage());
    }
  }
}
