package com.maemuki.bridgelink.service.repair;

import com.maemuki.bridgelink.service.platform.FirewallEditResult;

/** The firewall repairs' shared turn of an edit result into an outcome. */
final class FirewallRepair {

  private FirewallRepair() {}

  static RepairOutcome outcome(FirewallEditResult result) {
    return result.ok()
        ? RepairOutcome.done(result.message())
        : RepairOutcome.failed(result.message());
  }
}
