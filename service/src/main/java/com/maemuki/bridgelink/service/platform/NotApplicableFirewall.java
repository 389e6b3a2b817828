package com.maemuki.bridgelink.service.platform;

import java.util.List;
import java.util.Objects;

/** The firewall ports where there is no Windows Firewall: every answer says so, nothing changes. */
public final class NotApplicableFirewall implements FirewallReader, FirewallEditor {

  private final Unsupported cause;

  public NotApplicableFirewall(Unsupported cause) {
    this.cause = Objects.requireNonNull(cause, "cause");
  }

  /** "Windows Firewall is not available on this machine: not applicable on Linux". */
  public static NotApplicableFirewall on(String osName) {
    return new NotApplicableFirewall(
        new Unsupported("Windows Firewall", "not applicable on " + osName));
  }

  @Override
  public FirewallInspection read(List<Integer> localPorts) {
    return new FirewallInspection.NotApplicable(cause);
  }

  @Override
  public FirewallEditResult openInboundPort(int port) {
    return FirewallEditResult.notApplicable(cause);
  }

  @Override
  public FirewallEditResult closeInboundPort(int port) {
    return FirewallEditResult.notApplicable(cause);
  }

  @Override
  public FirewallEditResult allowPing() {
    return FirewallEditResult.notApplicable(cause);
  }

  @Override
  public FirewallEditResult setAdapterPrivate() {
    return FirewallEditResult.notApplicable(cause);
  }
}
