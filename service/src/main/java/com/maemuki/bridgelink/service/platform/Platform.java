package com.maemuki.bridgelink.service.platform;

import java.util.Objects;

/**
 * The adapters for this machine, chosen once by {@link Platforms}.
 *
 * @param os a short name: "windows", "linux", or the os.name of an unsupported system
 */
public record Platform(
    String os,
    TailscaleServiceControl serviceControl,
    FirewallInspector firewallInspector,
    FirewallEditor firewallEditor,
    EventLogSink eventLog,
    PolicyChangeWatcher policyWatcher) {

  public Platform {
    Objects.requireNonNull(os, "os");
    Objects.requireNonNull(serviceControl, "serviceControl");
    Objects.requireNonNull(firewallInspector, "firewallInspector");
    Objects.requireNonNull(firewallEditor, "firewallEditor");
    Objects.requireNonNull(eventLog, "eventLog");
    Objects.requireNonNull(policyWatcher, "policyWatcher");
  }

  public boolean isWindows() {
    return os.equals("windows");
  }
}
