package com.maemuki.bridgelink.service.monitor.sources;

import com.maemuki.bridgelink.service.observation.ProfileReading;
import com.maemuki.bridgelink.service.observation.SourceNames;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiClient;
import com.maemuki.bridgelink.tailscale.model.LoginProfile;
import com.maemuki.bridgelink.tailscale.parse.LoginProfileJsonParser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * {@code GET /localapi/v0/profiles/current}: which login profile tailscaled uses and the Windows
 * user who owns it — the empty profile (nobody signed in, Run Unattended off) and the owner the
 * tray offers user repairs to. Like every LocalAPI request it is time SYSTEM can lock the user out,
 * so it is asked only when the backend state changed since the last request, and otherwise every
 * {@link #MAX_AGE}; in between the last reading stands.
 */
public final class ProfileSource extends ScheduledSource {

  public static final String NAME = SourceNames.PROFILE;

  /** Profiles change with a sign-in or a switch, which changes the backend state too. */
  static final Duration MAX_AGE = Duration.ofMinutes(5);

  private final Supplier<LocalApiClient> client;
  private final Supplier<Duration> deadline;
  private final Supplier<String> backendState;
  private final Clock clock;
  private ProfileReading last;
  private String stateSeen;
  private Instant readAt;

  /**
   * @param interval how often to look (the status poll's interval)
   * @param backendState the latest status reading's backend state, or null
   */
  public ProfileSource(
      Supplier<LocalApiClient> client,
      Supplier<Duration> interval,
      Supplier<Duration> deadline,
      Supplier<String> backendState,
      Clock clock) {
    super(NAME, interval);
    this.client = client;
    this.deadline = deadline;
    this.backendState = backendState;
    this.clock = clock;
  }

  @Override
  public Duration deadline() {
    return deadline.get().plusMillis(500);
  }

  @Override
  public synchronized Object collect() throws Exception {
    String state = backendState.get();
    Instant now = clock.instant();
    if (last != null && Objects.equals(state, stateSeen) && now.isBefore(readAt.plus(MAX_AGE))) {
      return last;
    }
    LoginProfile profile = LoginProfileJsonParser.parse(client.get().currentProfile());
    String owner =
        profile.localUserId().isEmpty() || profile.empty() ? null : profile.localUserId();
    String lastOwner = owner != null ? owner : last == null ? null : last.lastOwnerSid();
    ProfileReading reading = new ProfileReading(profile, lastOwner);
    if (!reading.equals(last)) {
      last = reading;
    }
    stateSeen = state;
    readAt = now;
    return last;
  }
}
