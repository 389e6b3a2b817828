package com.maemuki.bridgelink.service.monitor.sources;

import com.maemuki.bridgelink.tailscale.localapi.LocalApiClient;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiException;
import com.maemuki.bridgelink.tailscale.parse.PrefsJsonParser;
import com.maemuki.bridgelink.tailscale.parse.TailscaleParseException;
import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code GET /localapi/v0/prefs}: accept-DNS and Run-Unattended, one short request per poll. The
 * same body as last time is not parsed again (the last reading is returned).
 */
public final class PrefsSource extends PolledLocalApiSource {

  public static final String NAME = "localapi-prefs";

  public PrefsSource(
      Supplier<LocalApiClient> client, Supplier<Duration> interval, Supplier<Duration> deadline) {
    super(client, interval, deadline, Set.of());
  }

  @Override
  public String name() {
    return NAME;
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
