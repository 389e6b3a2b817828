package com.maemuki.bridgelink.service.monitor.sources;

import com.maemuki.bridgelink.service.monitor.Source;
import com.maemuki.bridgelink.service.platform.DaemonControl;
import com.maemuki.bridgelink.service.tailscale.localapi.LocalApiClient;
import com.maemuki.bridgelink.service.tailscale.localapi.LocalApiException;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Is tailscaled there? Asks the OS service manager (SCM on Windows, systemd where it runs) and
 * makes one short LocalAPI request ({@code status?peers=false}). Never throws: both answers are the
 * reading, and the daemon check decides between not installed, stopped and unresponsive.
 */
public final class DaemonSource implements Source {

  public static final String NAME = "daemon";

  private final DaemonControl control;
  private final Supplier<LocalApiClient> client;
  private final BooleanSupplier customAddress;
  private final Supplier<Duration> interval;
  private final Supplier<Duration> deadline;

  public DaemonSource(
      DaemonControl control,
      Supplier<LocalApiClient> client,
      BooleanSupplier customAddress,
      Supplier<Duration> interval,
      Supplier<Duration> deadline) {
    this.control = control;
    this.client = client;
    this.customAddress = customAddress;
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
    // The service-manager query has its own deadline inside the adapter (process runner).
    return deadline.get().plusSeconds(4);
  }

  @Override
  public Object collect() {
    LocalApiClient api = client.get();
    Exception failure = null;
    try {
      api.status(false);
    } catch (LocalApiException e) {
      failure = e;
    }
    return new DaemonReading(
        control.query(), api.describe(), customAddress.getAsBoolean(), failure);
  }
}
