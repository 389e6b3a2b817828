package com.maemuki.bridgelink.service.repair;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.service.platform.FirewallEditor;
import java.util.Objects;

/** {@code allow-ping}: adds Bridge Link's rule answering ICMPv4 echo from 100.64.0.0/10. */
public final class AllowPingRepair implements Repair {

  private final FirewallEditor editor;

  public AllowPingRepair(FirewallEditor editor) {
    this.editor = Objects.requireNonNull(editor, "editor");
  }

  @Override
  public String id() {
    return "allow-ping";
  }

  @Override
  public String title() {
    return "Answer ping from Tailscale";
  }

  @Override
  public RunsIn runsIn() {
    return RunsIn.SERVICE;
  }

  @Override
  public boolean appliesTo(Finding finding) {
    return finding.code() == FindingCode.ICMP_BLOCKED;
  }

  @Override
  public RepairOutcome run(RepairContext context) {
    return FirewallRepair.outcome(editor.allowPing());
  }
}
