package com.maemuki.bridgelink.service.repair;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.service.platform.FirewallEditor;
import java.util.Objects;

/** {@code set-adapter-private}: marks the Tailscale adapter's network Private. */
public final class SetAdapterPrivateRepair implements Repair {

  private final FirewallEditor editor;

  public SetAdapterPrivateRepair(FirewallEditor editor) {
    this.editor = Objects.requireNonNull(editor, "editor");
  }

  @Override
  public String id() {
    return "set-adapter-private";
  }

  @Override
  public String title() {
    return "Mark the Tailscale network Private";
  }

  @Override
  public RunsIn runsIn() {
    return RunsIn.SERVICE;
  }

  @Override
  public boolean appliesTo(Finding finding) {
    return finding.code() == FindingCode.ADAPTER_PUBLIC_PROFILE;
  }

  @Override
  public RepairOutcome run(RepairContext context) {
    return FirewallRepair.outcome(editor.setAdapterPrivate());
  }
}
