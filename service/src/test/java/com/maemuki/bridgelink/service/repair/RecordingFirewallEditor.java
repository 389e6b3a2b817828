package com.maemuki.bridgelink.service.repair;

import com.maemuki.bridgelink.service.platform.FirewallEditResult;
import com.maemuki.bridgelink.service.platform.FirewallEditor;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the firewall edits it is asked for; a real editor is exercised in RepairRegistryTest. */
public final class RecordingFirewallEditor implements FirewallEditor {
  public final List<String> calls = new CopyOnWriteArrayList<>();

  @Override
  public FirewallEditResult openInboundPort(int port) {
    calls.add("open " + port);
    return new FirewallEditResult(
        true, "created", "Added a rule allowing TCP " + port + " from Tailscale.");
  }

  @Override
  public FirewallEditResult closeInboundPort(int port) {
    calls.add("close " + port);
    return new FirewallEditResult(true, "removed", "removed");
  }

  @Override
  public FirewallEditResult allowPing() {
    calls.add("ping");
    return new FirewallEditResult(true, "created", "ping");
  }

  @Override
  public FirewallEditResult setAdapterPrivate() {
    calls.add("private");
    return new FirewallEditResult(true, "changed", "private");
  }
}
