package com.maemuki.bridgelink.service.monitor.sources;

import com.maemuki.bridgelink.service.observation.SourceNames;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiClient;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiException;
import com.maemuki.bridgelink.tailscale.parse.PrefsJsonParser;
import com.maemuki.bridgelink.tailscale.parse.TailscaleParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code GET /localapi/v0/prefs}: accept-DNS and Run-Unattended. Prefs rarely change, and every
 * request is time the service (SYSTEM) can lock the signed-in user out on Windows, so the source
 * runs at the status poll's cadence but asks tailscaled only when the status reading changed since
 * its last request, or when {@code maxAge} has passed (45 s by default); otherwise it returns its
 * last reading. The same body as last time is not parsed again.
 */
public final class PrefsSource extends PolledLocalApiSource {

  public static final String NAME = SourceNames.PREFS;

  private final Supplier<Object> statusReading;
  private final Supplier<Duration> maxAge;
  private final Clock clock;
  private Object lastReading;
  private Object statusSeen;
  private Instant readAt;

  /**
   * @param interval how often to look (the status poll's interval)
   * @param statusReading the status source's latest reading (a new object when it changed)
   * @param maxAge the longest the prefs go unread
   */
  public PrefsSource(
      Supplier<LocalApiClient> client,
      Supplier<Duration> interval,
      Supplier<Duration> deadline,
      Supplier<Object> statusReading,
      Supplier<Duration> maxAge,
      Clock clock) {
    super(NAME, client, interval, deadline, Set.of());
    this.statusReading = statusReading;
    this.maxAge = maxAge;
    this.clock = clock;
  }

  /** Reads at every run (a one-shot cycle, tests). */
  public PrefsSource(
      Supplier<LocalApiClient> client, Supplier<Duration> interval, Supplier<Duration> deadline) {
    this(client, interval, deadline, () -> new Object(), () -> Duration.ZERO, Clock.systemUTC());
  }

  @Override
  public synchronized Object collect() throws Exception {
    Object status = statusReading.get();
    Instant now = clock.instant();
    if (lastReading != null && status == statusSeen && now.isBefore(readAt.plus(maxAge.get()))) {
      return lastReading;
    }
    Object reading = super.collect();
    lastReading = reading;
    statusSeen = status;
    readAt = now;
    return reading;
  }

  /** {@code check.now}: a user may just have changed the prefs (accept-dns). */
  @Override
  public synchronized void readAfresh() {
    lastReading = null;
  }

  @Override
  String fetch(LocalApiClient client) throws LocalApiException {
    return client.prefs();
  }

  @Override
  Object parse(String body) throws TailscaleParseException {
    return PrefsJsonParser.parse(body);
  }
}
