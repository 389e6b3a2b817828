package com.maemuki.bridgelink.service.monitor.sources;

import com.maemuki.bridgelink.service.observation.DaemonReading;
import com.maemuki.bridgelink.service.observation.SourceNames;
import com.maemuki.bridgelink.service.platform.DaemonControl;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiClient;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiException;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiTimeoutException;
import com.maemuki.bridgelink.tailscale.localapi.ServerStatus;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Is tailscaled there? Asks the OS service manager (SCM on Windows, systemd where it runs) and
 * makes one short LocalAPI request ({@code status?peers=false}). Never throws: both answers are the
 * reading, and the daemon check decides between not installed, stopped and unresponsive.
 *
 * <p>While the status poll keeps answering, both questions are already answered: the LocalAPI is
 * up, and the service manager's view only matters to explain a failure. Then the last full reading
 * (which saw the LocalAPI answer) is returned again, costing neither a LocalAPI request nor a
 * service-manager query (a {@code systemctl} process on Linux). When the status poll starts failing
 * the monitor triggers this source at once (dependents), and that run asks both for real.
 */
public final class DaemonSource extends ScheduledSource {

  public static final String NAME = SourceNames.DAEMON;

  private final DaemonControl control;
  private final Supplier<LocalApiClient> client;
  private final BooleanSupplier customAddress;
  private final Supplier<Duration> deadline;
  private final BooleanSupplier statusAnswers;
  private volatile DaemonReading lastFull;

  /**
   * @param statusAnswers true while the status poll's latest run answered recently (then this
   *     source reuses its last full reading instead of asking again)
   */
  public DaemonSource(
      DaemonControl control,
      Supplier<LocalApiClient> client,
      BooleanSupplier customAddress,
      Supplier<Duration> interval,
      Supplier<Duration> deadline,
      BooleanSupplier statusAnswers) {
    super(NAME, interval);
    this.control = control;
    this.client = client;
    this.customAddress = customAddress;
    this.deadline = deadline;
    this.statusAnswers = statusAnswers;
  }

  public DaemonSource(
      DaemonControl control,
      Supplier<LocalApiClient> client,
      BooleanSupplier customAddress,
      Supplier<Duration> interval,
      Supplier<Duration> deadline) {
    this(control, client, customAddress, interval, deadline, () -> false);
  }

  @Override
  public Duration deadline() {
    // The service-manager query has its own deadline inside the adapter (process runner).
    return deadline.get().plusSeconds(4);
  }

  /**
   * While tailscaled starts, every LocalAPI request waits for its backend (and times out here);
   * {@code /server-status} answers at once with 503 {@code backend not ready} then.
   */
  private boolean starting(LocalApiClient api) {
    try {
      return api.serverStatus(deadline.get()) == ServerStatus.STARTING;
    } catch (LocalApiException e) {
      return false;
    }
  }

  @Override
  public Object collect() {
    LocalApiClient api = client.get();
    DaemonReading last = lastFull;
    if (last != null
        && last.apiAnswers()
        && last.customAddress() == customAddress.getAsBoolean()
        && last.address().equals(api.describe())
        && statusAnswers.getAsBoolean()) {
      return last; // the same object: the monitor sees an unchanged reading
    }
    Exception failure = null;
    boolean starting = false;
    try {
      api.status(false);
    } catch (LocalApiTimeoutException e) {
      failure = e;
      starting = starting(api);
    } catch (LocalApiException e) {
      failure = e;
    }
    DaemonReading reading =
        new DaemonReading(
            control.query(), api.describe(), customAddress.getAsBoolean(), failure, starting);
    lastFull = reading;
    return reading;
  }
}
