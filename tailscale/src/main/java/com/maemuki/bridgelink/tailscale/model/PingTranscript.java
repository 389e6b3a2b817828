package com.maemuki.bridgelink.tailscale.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a {@code tailscale ping} transcript says: each ping's outcome, and what the CLI said about
 * the local backend instead of pinging ({@code Tailscale is stopped.}, {@code Logged out.}, a
 * daemon it could not reach).
 *
 * @param backendState the state the CLI reported instead of pinging, or null
 * @param authUrl the {@code Log in at:} URL, or null
 * @param daemonError the CLI's "failed to connect to local tailscaled…" text, or null
 */
public record PingTranscript(
    List<PingAttempt> attempts, BackendState backendState, String authUrl, String daemonError) {

  public PingTranscript {
    attempts = List.copyOf(attempts);
  }

  /** One summary per target, in the order the targets first appear. */
  public List<PingSummary> summaries() {
    return summarize(attempts);
  }

  /** Groups {@code attempts} by target (null targets as "unknown") and sums each group up. */
  public static List<PingSummary> summarize(List<PingAttempt> attempts) {
    Map<String, List<PingAttempt>> byTarget = new LinkedHashMap<>();
    for (PingAttempt a : attempts) {
      String t = a.target() == null ? "unknown" : a.target();
      byTarget.computeIfAbsent(t, k -> new ArrayList<>()).add(a);
    }
    List<PingSummary> out = new ArrayList<>();
    byTarget.forEach((t, list) -> out.add(PingSummary.of(t, list)));
    return out;
  }
}
