package com.maemuki.bridgelink.service.monitor.sources;

import com.maemuki.bridgelink.service.monitor.Source;
import com.maemuki.bridgelink.service.tailscale.localapi.LocalApiClient;
import com.maemuki.bridgelink.service.tailscale.parse.PrefsJsonParser;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * {@code GET /localapi/v0/prefs}: accept-DNS and Run-Unattended, one short request per poll. The
 * same body as last time is not parsed again (the last reading is returned).
 */
public final class PrefsSource implements Source {

  public static final String NAME = "localapi-prefs";

  private final Supplier<LocalApiClient> client;
  private final Supplier<Duration> interval;
  private final Supplier<Duration> deadline;
  private final RepeatedBody<Object> last = new RepeatedBody<>();

  public PrefsSource(
      Supplier<LocalApiClient> client, Supplier<Duration> interval, Supplier<Duration> deadline) {
    this.client = client;
    this.interval = interval;
    this.deadline = deadline;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Duration interval() {
    return interval.get();
  }

  @Override
  public Duration deadline() {
    return deadline.get().plusMillis(500);
  }

  @Override
  public Object collect() throws Exception {
    return last.parse(client.get().prefs(), PrefsJsonParser::parse);
  }
}
