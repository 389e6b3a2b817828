package com.maemuki.bridgelink.service.repair.user;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.service.repair.Repair;
import com.maemuki.bridgelink.service.repair.RepairContext;
import com.maemuki.bridgelink.service.repair.RepairOutcome;
import com.maemuki.bridgelink.service.repair.RunsIn;
import java.io.IOException;
import java.net.URI;
import java.util.Objects;

/** {@code open-admin-console}: the Machines page, or the DNS page for MagicDNS findings. */
public final class OpenAdminConsoleRepair implements Repair {

  private final BrowserOpener browser;

  public OpenAdminConsoleRepair(BrowserOpener browser) {
    this.browser = Objects.requireNonNull(browser, "browser");
  }

  @Override
  public String id() {
    return "open-admin-console";
  }

  @Override
  public String title() {
    return "Open the Tailscale admin console";
  }

  @Override
  public RunsIn runsIn() {
    return RunsIn.TRAY;
  }

  @Override
  public boolean appliesTo(Finding finding) {
    return finding.code() == FindingCode.NEEDS_MACHINE_AUTH
        || finding.code() == FindingCode.MAGICDNS_DISABLED;
  }

  @Override
  public RepairOutcome run(RepairContext context) {
    String code = context.findingKey() == null ? "" : context.findingKey().split("/", 2)[0];
    URI page = AdminConsole.pageFor(code);
    try {
      browser.open(page);
      return RepairOutcome.done("Opened " + page + " in the browser.");
    } catch (IOException e) {
      return RepairOutcome.failed("Could not open the browser; go to " + page + ".");
    }
  }
}
