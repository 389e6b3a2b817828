package com.maemuki.bridgelink.service.repair;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.platform.FirewallEditResult;
import com.maemuki.bridgelink.service.platform.FirewallEditor;
import com.maemuki.bridgelink.service.platform.firewall.PortAllowlist;
import java.util.function.Supplier;

/**
 * {@code close-inbound-port}: removes Bridge Link's own rule for one configured port (matched by
 * our name, display name and group; no other rule is touched). Not offered for any finding: it is
 * the undo of {@code open-inbound-port}.
 */
public final class CloseInboundPortRepair extends InboundPortRepair {

  public CloseInboundPortRepair(FirewallEditor editor, Supplier<PortAllowlist> allowlist) {
    super(editor, allowlist);
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
  public boolean appliesTo(Finding finding) {
    return false;
  }

  @Override
  FirewallEditResult edit(FirewallEditor editor, int port) {
    return editor.closeInboundPort(port);
  }
}
