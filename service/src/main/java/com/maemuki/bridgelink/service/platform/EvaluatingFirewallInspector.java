package com.maemuki.bridgelink.service.platform;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.platform.firewall.Evaluation;
import com.maemuki.bridgelink.service.platform.firewall.FirewallEvaluator;
import com.maemuki.bridgelink.service.platform.firewall.FirewallFindings;
import com.maemuki.bridgelink.service.platform.firewall.Verdict;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The monitor's {@link FirewallInspector}: reads the firewall through a {@link FirewallReader},
 * evaluates it for a Tailscale peer, and keeps the full {@link Evaluation} (rules, reasons) for the
 * firewall findings. Where there is no Windows Firewall the report says "not evaluated" and no
 * finding is raised; a failed read is kept as {@link #lastFailure()} for {@code
 * source-unavailable}.
 */
public final class EvaluatingFirewallInspector implements FirewallInspector {

  /** Evaluated for when no peer address is known: any address in 100.64.0.0/10 stands for all. */
  public static final String DEFAULT_PEER = "100.64.0.1";

  private final FirewallReader reader;
  private final Supplier<String> peerAddress;
  private final Supplier<String> selfAddress;
  private final Supplier<Map<Integer, Boolean>> listening;
  private final FirewallEvaluator evaluator = new FirewallEvaluator();
  private volatile Evaluation lastEvaluation;
  private volatile String lastFailure;

  /**
   * @param peerAddress a configured peer's Tailscale IPv4, or null
   * @param selfAddress this machine's Tailscale IPv4, or null
   * @param listening the local-listener probe's latest answers per port (missing = unknown)
   */
  public EvaluatingFirewallInspector(
      FirewallReader reader,
      Supplier<String> peerAddress,
      Supplier<String> selfAddress,
      Supplier<Map<Integer, Boolean>> listening) {
    this.reader = Objects.requireNonNull(reader, "reader");
    this.peerAddress = Objects.requireNonNull(peerAddress, "peerAddress");
    this.selfAddress = Objects.requireNonNull(selfAddress, "selfAddress");
    this.listening = Objects.requireNonNull(listening, "listening");
  }

  @Override
  public FirewallReport inspect(List<Integer> localPorts) {
    FirewallInspection inspection = reader.read(localPorts);
    if (inspection instanceof FirewallInspection.Inspected inspected) {
      String peer = peerAddress.get();
      Evaluation e =
          evaluator.evaluate(
              inspected.snapshot(),
              localPorts,
              listening.get(),
              peer == null || peer.isBlank() ? DEFAULT_PEER : peer,
              selfAddress.get());
      lastEvaluation = e;
      lastFailure = null;
      return new FirewallReport(
          true,
          e.ports().stream()
              .map(v -> new PortVerdict(v.port(), v.reachable(), v.explanation()))
              .toList(),
          e.ping().reachable(),
          e.adapter().found() ? e.adapter().category().name() : null);
    }
    lastEvaluation = null;
    lastFailure = inspection instanceof FirewallInspection.Failed failed ? failed.reason() : null;
    return new FirewallReport(false, List.of(), null, null);
  }

  /** The full evaluation of the last successful inspection, or null. */
  public Evaluation lastEvaluation() {
    return lastEvaluation;
  }

  /** Why the last inspection failed, or null (also null when not applicable). */
  public String lastFailure() {
    return lastFailure;
  }

  /** The firewall findings of the last inspection (empty when none or not evaluated). */
  public List<Finding> findings() {
    Evaluation e = lastEvaluation;
    return e == null ? List.of() : FirewallFindings.from(e);
  }

  /** For tests and diagnostics: the verdicts in order, ports then ping. */
  public List<Verdict> verdicts() {
    Evaluation e = lastEvaluation;
    if (e == null) {
      return List.of();
    }
    List<Verdict> all = new java.util.ArrayList<>(e.ports());
    all.add(e.ping());
    return all;
  }
}
