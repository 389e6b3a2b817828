package com.maemuki.bridgelink.tailscale.repair;

import java.io.IOException;
import java.net.URI;
import java.util.Objects;

/** {@code open-admin-console}: the Machines page, or the DNS page for MagicDNS findings. */
final class OpenAdminConsoleRepair implements UserRepair {

  private final BrowserOpener browser;

  OpenAdminConsoleRepair(BrowserOpener browser) {
    this.browser = Objects.requireNonNull(browser, "browser");
  }

  @Override
  public UserRepairId id() {
    return UserRepairId.OPEN_ADMIN_CONSOLE;
  }

  @Override
  public UserRepairResult run(UserRepairRequest request) {
    URI page = AdminConsole.pageFor(request.findingCode());
    try {
      browser.open(page);
      return UserRepairResult.done("Opened " + page + " in the browser.").withPage(page.toString());
    } catch (IOException e) {
      return UserRepairResult.failed("Could not open the browser; go to " + page + ".")
          .withPage(page.toString());
    }
  }
}
