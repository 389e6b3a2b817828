package com.maemuki.bridgelink.service.platform;

import com.maemuki.bridgelink.service.platform.firewall.FirewallSnapshot;
import java.util.Objects;

/** The outcome of a firewall inspection: a snapshot, "not applicable here", or a failure. */
public sealed interface FirewallInspection {

  /** The firewall was read. */
  record Inspected(FirewallSnapshot snapshot) implements FirewallInspection {
    public Inspected {
      Objects.requireNonNull(snapshot, "snapshot");
    }
  }

  /** This machine has no Windows Firewall to inspect (Linux, macOS). */
  record NotApplicable(Unsupported cause) implements FirewallInspection {
    public NotApplicable {
      Objects.requireNonNull(cause, "cause");
    }
  }

  /** Reading failed (script error, timeout, unreadable output); the reason is for people. */
  record Failed(String reason) implements FirewallInspection {
    public Failed {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
