package com.maemuki.bridgelink.service.repair;

import com.maemuki.bridgelink.service.platform.Platform;
import com.maemuki.bridgelink.service.platform.firewall.PortAllowlist;
import java.util.List;
import java.util.function.Supplier;

/** The service-side repairs over this machine's platform adapters. */
public final class ServiceRepairs {

  private ServiceRepairs() {}

  public static List<Repair> create(Platform platform, Supplier<PortAllowlist> inboundPorts) {
    return List.of(
        new RestartTailscaleRepair(platform.serviceControl()),
        new OpenInboundPortRepair(platform.firewallEditor(), inboundPorts),
        new CloseInboundPortRepair(platform.firewallEditor(), inboundPorts),
        new AllowPingRepair(platform.firewallEditor()),
        new SetAdapterPrivateRepair(platform.firewallEditor()));
  }
}
