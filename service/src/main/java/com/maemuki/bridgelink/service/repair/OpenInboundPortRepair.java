package com.maemuki.bridgelink.service.repair;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.service.platform.FirewallEditResult;
import com.maemuki.bridgelink.service.platform.FirewallEditor;
import com.maemuki.bridgelink.service.platform.firewall.PortAllowlist;
import java.util.function.Supplier;

/**
 * {@code open-inbound-port}: adds Bridge Link's allow rule for one configured port, scoped to the
 * Tailscale interface and Tailscale's address ranges. Only ports of the current configuration;
 * idempotent (an existing rule of ours is reused); undone by {@code close-inbound-port}.
 */
public final class OpenInboundPortRepair extends InboundPortRepair {

  /**
   * @param allowlist the configured inbound ports, read at each run (configuration reloads)
   */
  public OpenInboundPortRepair(FirewallEditor editor, Supplier<PortAllowlist> allowlist) {
    super(editor, allowlist);
  }

  @Override
  public String id() {
    return "open-inbound-port";
  }

  @Override
  public String title() {
    return "Allow the port from Tailscale";
  }

  @Override
  public boolean appliesTo(Finding finding) {
    return finding.code() == FindingCode.LOCAL_PORT_BLOCKED;
  }

  @Override
  FirewallEditResult edit(FirewallEditor editor, int port) {
    return editor.openInboundPort(port);
  }
}
