package com.maemuki.bridgelink.service.platform;

import java.util.Objects;

/**
 * The adapters for this machine, chosen once by {@link Platforms}.
 *
 * @param os a short name: "windows", "linux", or the os.name of an unsupported system
 * @param serviceControl tailscaled's service: state (the monitor's {@link DaemonControl}), start,
 *     restart
 * @param firewallReader reads the raw firewall state (not applicable off Windows)
 * @param firewallEditor the firewall repairs (not applicable off Windows)
 * @param eventLog the OS event log
 * @param policyWatcher fires when the firewall policy may have changed
 */
public record Platform(
    String os,
    TailscaleServiceControl serviceControl,
    FirewallReader firewallReader,
    FirewallEditor firewallEditor,
    EventLogSink eventLog,
    PolicyChangeWatcher policyWatcher) {

  public Platform {
    Objects.requireNonNull(os, "os");
    Objects.requireNonNull(serviceControl, "serviceControl");
    Objects.requireNonNull(firewallReader, "firewallReader");
    Objects.requireNonNull(firewallEditor, "firewallEditor");
    Objects.requireNonNull(eventLog, "eventLog");
    Objects.requireNonNull(policyWatcher, "policyWatcher");
  }
}
