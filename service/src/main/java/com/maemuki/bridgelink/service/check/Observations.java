package com.maemuki.bridgelink.service.check;

import com.maemuki.bridgelink.tailscale.model.NetcheckReport;
import com.maemuki.bridgelink.tailscale.model.PingAttempt;
import com.maemuki.bridgelink.tailscale.model.Prefs;
import com.maemuki.bridgelink.tailscale.model.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything the sources saw in one cycle (or in the files given to {@code analyze}), immutable and
 * timestamped. A null field means the source was not read or failed: checks that need it stay
 * silent. Build with {@link #builder(Instant)}; new sources add a field and a builder method.
 *
 * @param now the time the observations hold for (checks use it, never the clock)
 * @param status tailscaled's status, or null
 * @param prefs tailscaled's prefs, or null
 * @param pings ping outcomes, oldest first
 * @param netcheck a netcheck report, or null
 * @param watchedPeers the peers that matter (config or {@code --peer}), as people name them
 * @param daemonError why tailscaled could not be reached, or null when it was (or was not tried)
 * @param live the live monitor's own readings (probes, daemon state, DNS, config, source health),
 *     or null outside the monitor ({@code analyze})
 * @param platformOs the OS this machine runs ({@code windows}, {@code linux}, …), or null to take
 *     it from {@code status.self().os()}
 */
public record Observations(
    Instant now,
    Status status,
    Prefs prefs,
    List<PingAttempt> pings,
    NetcheckReport netcheck,
    List<String> watchedPeers,
    String daemonError,
    String platformOs,
    LiveObservations live) {

  public Observations {
    Objects.requireNonNull(now, "now");
    pings = pings == null ? List.of() : List.copyOf(pings);
    watchedPeers = watchedPeers == null ? List.of() : List.copyOf(watchedPeers);
  }

  public static Builder builder(Instant now) {
    return new Builder(now);
  }

  /** A builder holding these observations, to change some of them. */
  public Builder toBuilder() {
    Builder b = new Builder(now);
    b.status = status;
    b.prefs = prefs;
    b.pings.addAll(pings);
    b.netcheck = netcheck;
    b.watchedPeers.addAll(watchedPeers);
    b.daemonError = daemonError;
    b.platformOs = platformOs;
    b.live = live;
    return b;
  }

  /** The machine's OS: {@link #platformOs()} when set, else what Status says about Self. */
  public String os() {
    if (platformOs != null && !platformOs.isEmpty()) {
      return platformOs;
    }
    return status == null ? "" : status.self().os();
  }

  /** Fills {@link Observations} source by source. */
  public static final class Builder {
    private final Instant now;
    private Status status;
    private Prefs prefs;
    private final List<PingAttempt> pings = new ArrayList<>();
    private NetcheckReport netcheck;
    private final List<String> watchedPeers = new ArrayList<>();
    private String daemonError;
    private String platformOs;
    private LiveObservations live;

    private Builder(Instant now) {
      this.now = Objects.requireNonNull(now, "now");
    }

    public Builder status(Status v) {
      status = v;
      return this;
    }

    public Builder prefs(Prefs v) {
      prefs = v;
      return this;
    }

    public Builder ping(PingAttempt v) {
      pings.add(v);
      return this;
    }

    public Builder pings(List<PingAttempt> v) {
      pings.addAll(v);
      return this;
    }

    public Builder netcheck(NetcheckReport v) {
      netcheck = v;
      return this;
    }

    public Builder watchPeer(String spec) {
      watchedPeers.add(spec);
      return this;
    }

    public Builder watchPeers(List<String> specs) {
      watchedPeers.addAll(specs);
      return this;
    }

    public Builder daemonError(String v) {
      daemonError = v;
      return this;
    }

    public Builder live(LiveObservations v) {
      live = v;
      return this;
    }

    public Builder platformOs(String v) {
      platformOs = v;
      return this;
    }

    public Observations build() {
      return new Observations(
          now, status, prefs, pings, netcheck, watchedPeers, daemonError, platformOs, live);
    }
  }
}
