package com.maemuki.bridgelink.service.monitor;

import com.maemuki.bridgelink.service.finding.Finding;
import java.time.Instant;

/** A raised finding and when it was raised. */
public record ActiveFinding(Finding finding, Instant since) {

  public String key() {
    return finding.key();
  }
}
