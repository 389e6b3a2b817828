package com.maemuki.bridgelink.service.platform.firewall;

import java.util.List;
import java.util.Objects;

/**
 * The firewall's answers for every configured inbound port and for ping, plus the adapter they were
 * evaluated on: what the firewall checks consume.
 *
 * @param adapter the Tailscale adapter as seen
 * @param ports one verdict per configured local port, in configuration order
 * @param ping the verdict for ICMPv4 echo
 * @param snapshotErrors parts the inspection could not read (a check may report them)
 */
public record Evaluation(
    TailscaleAdapter adapter, List<Verdict> ports, Verdict ping, List<String> snapshotErrors) {

  public Evaluation {
    Objects.requireNonNull(adapter, "adapter");
    ports = List.copyOf(ports);
    Objects.requireNonNull(ping, "ping");
    snapshotErrors = List.copyOf(snapshotErrors);
  }
}
