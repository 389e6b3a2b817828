package com.maemuki.bridgelink.service.repair;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.platform.FirewallEditor;
import com.maemuki.bridgelink.service.platform.firewall.PortAllowlist;
import com.maemuki.bridgelink.service.platform.firewall.PortRejectedException;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * {@code close-inbound-port}: removes Bridge Link's own rule for one configured port (matched by
 * our name, display name and group; no other rule is touched). Not offered for any finding: it is
 * the undo of {@code open-inbound-port}.
 */
public final class CloseInboundPortRepair implements Repair {

  private final FirewallEditor editor;
  private final Supplier<PortAllowlist> allowlist;

  public CloseInboundPortRepair(FirewallEditor editor, Supplier<PortAllowlist> allowlist) {
    this.editor = Objects.requireNonNull(editor, "editor");
    this.allowlist = Objects.requireNonNull(allowlist, "allowlist");
  }

  @Override
  public String id() {
    return "close-inbound-port";
  }

  @Override
  public String title() {
    return "Remove Bridge Link's rule for the port";
  }

  @Override
  public RunsIn runsIn() {
    return RunsIn.SERVICE;
  }

  @Override
  public boolean appliesTo(Finding finding) {
    return false;
  }

  @Override
  public RepairOutcome run(RepairContext context) {
    int port;
    try {
      port = PortParameter.require(context, allowlist.get());
    } catch (PortRejectedException e) {
      return RepairOutcome.failed("Refused: " + e.getMessage() + ".");
    }
    return FirewallRepair.outcome(editor.closeInboundPort(port));
  }
}
