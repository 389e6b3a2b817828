package com.maemuki.bridgelink.service.monitor.sources;

import com.maemuki.bridgelink.service.observation.FirewallReading;
import com.maemuki.bridgelink.service.observation.SourceNames;
import com.maemuki.bridgelink.service.platform.FirewallInspection;
import com.maemuki.bridgelink.service.platform.FirewallReader;
import com.maemuki.bridgelink.service.platform.firewall.FirewallEvaluator;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Reads the firewall (the inspection script on Windows) and evaluates it for the configured local
 * ports and ping, for a peer's Tailscale address. Slow by design (a PowerShell run): a long
 * interval is the safety poll; the policy change watcher triggers it early.
 */
public final class FirewallSource extends ScheduledSource {

  public static final String NAME = SourceNames.FIREWALL;

  /** Evaluated for when no peer address is known: any address in 100.64.0.0/10 stands for all. */
  static final String DEFAULT_PEER = "100.64.0.1";

  private final FirewallReader reader;
  private final Supplier<List<Integer>> ports;
  private final Supplier<String> peerAddress;
  private final Supplier<String> selfAddress;
  private final Supplier<Map<Integer, Boolean>> listening;

  public FirewallSource(
      FirewallReader reader,
      Supplier<List<Integer>> ports,
      Supplier<String> peerAddress,
      Supplier<String> selfAddress,
      Supplier<Map<Integer, Boolean>> listening,
      Supplier<Duration> interval) {
    super(NAME, interval);
    this.reader = Objects.requireNonNull(reader, "reader");
    this.ports = ports;
    this.peerAddress = peerAddress;
    this.selfAddress = selfAddress;
    this.listening = listening;
  }

  @Override
  public Duration deadline() {
    return Duration.ofSeconds(120);
  }

  @Override
  public Object collect() throws IOException {
    List<Integer> local = ports.get();
    FirewallInspection inspection = reader.read(local);
    if (inspection instanceof FirewallInspection.Inspected inspected) {
      String peer = peerAddress.get();
      return new FirewallReading(
          new FirewallEvaluator()
              .evaluate(
                  inspected.snapshot(),
                  local,
                  listening.get(),
                  peer == null ? DEFAULT_PEER : peer,
                  selfAddress.get()),
          null);
    }
    if (inspection instanceof FirewallInspection.NotApplicable na) {
      return new FirewallReading(null, na.cause().message());
    }
    throw new IOException(((FirewallInspection.Failed) inspection).reason());
  }
}
