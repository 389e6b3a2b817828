package com.maemuki.bridgelink.service.repair;

import com.maemuki.bridgelink.service.platform.FirewallEditResult;
import com.maemuki.bridgelink.service.platform.FirewallEditor;
import com.maemuki.bridgelink.service.platform.firewall.PortAllowlist;
import com.maemuki.bridgelink.service.platform.firewall.PortRejectedException;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the two port repairs share: they run in the service, act on one port (the {@code port}
 * parameter, else the subject of the targeted finding, {@code local-port-blocked/3389}) that must
 * be in the configuration's allowlist, and make one firewall edit for it.
 */
abstract class InboundPortRepair implements Repair {

  private final FirewallEditor editor;
  private final Supplier<PortAllowlist> allowlist;

  /**
   * @param allowlist the configured inbound ports, read at each run (configuration reloads)
   */
  InboundPortRepair(FirewallEditor editor, Supplier<PortAllowlist> allowlist) {
    this.editor = Objects.requireNonNull(editor, "editor");
    this.allowlist = Objects.requireNonNull(allowlist, "allowlist");
  }

  /** The one firewall edit for {@code port}, already checked against the allowlist. */
  abstract FirewallEditResult edit(FirewallEditor editor, int port);

  @Override
  public final RunsIn runsIn() {
    return RunsIn.SERVICE;
  }

  @Override
  public final RepairOutcome run(RepairContext context) {
    Object requested = context.params().get("port");
    if (requested == null) {
      requested = context.findingSubject().orElse(null);
    }
    int port;
    try {
      port = allowlist.get().require(requested);
    } catch (PortRejectedException e) {
      return RepairOutcome.failed("Refused: " + e.getMessage() + ".");
    }
    return FirewallRepair.outcome(edit(editor, port));
  }
}
