package com.maemuki.bridgelink.service.cli.status;

import com.maemuki.bridgelink.ipc.contract.FindingData;

/** Who can fix a finding, in words, with its repair id when it has one. */
final class FixWords {
  private FixWords() {}

  /** {@code repair "open-inbound-port" (the service runs it; from the tray)} and the like. */
  static String describe(FindingData finding) {
    String repair = Fields.text(finding.repair());
    String who = who(Fields.text(finding.fixer()));
    return repair == null ? who : "repair \"" + repair + "\" — " + who;
  }

  private static String who(String fixer) {
    if (fixer == null) {
      return "see the remedy";
    }
    switch (fixer) {
      case "service":
        return "the Bridge Link service can do it (an operator starts it from the tray)";
      case "tray-user":
        return "you can do it from the tray";
      case "peer-owner":
        return "the owner of the peer machine must act";
      case "tailnet-admin":
        return "the tailnet administrator must act (Tailscale admin console)";
      case "nobody":
        return "nothing to click; follow the remedy";
      default:
        return "fixed by: " + fixer;
    }
  }
}
