package com.maemuki.bridgelink.service.platform;

/**
 * Changes the firewall, only in the ways a repair may: add or remove our own port rule, add our
 * ping rule, mark the Tailscale adapter Private. It never turns the firewall off and never touches
 * a rule that is not ours. Ports reaching this interface have passed the {@link
 * com.maemuki.bridgelink.service.platform.firewall.PortAllowlist}. Idempotent; never throws.
 */
public interface FirewallEditor {

  FirewallEditResult openInboundPort(int port);

  FirewallEditResult closeInboundPort(int port);

  FirewallEditResult allowPing();

  FirewallEditResult setAdapterPrivate();
}
