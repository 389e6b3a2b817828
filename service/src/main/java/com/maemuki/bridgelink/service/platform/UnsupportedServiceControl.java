package com.maemuki.bridgelink.service.platform;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** Service control on a machine without a usable service manager: says why, changes nothing. */
public final class UnsupportedServiceControl implements TailscaleServiceControl {

  private final Unsupported cause;

  public UnsupportedServiceControl(Unsupported cause) {
    this.cause = Objects.requireNonNull(cause, "cause");
  }

  @Override
  public ServiceState query() {
    return ServiceState.unknown(cause.message());
  }

  @Override
  public String describe() {
    return cause.message();
  }

  @Override
  public ServiceControlResult start(Duration wait) {
    return ServiceControlResult.failed(ServiceState.Kind.UNKNOWN, cause.message());
  }

  @Override
  public ServiceControlResult restart(Duration wait) {
    return ServiceControlResult.failed(ServiceState.Kind.UNKNOWN, cause.message());
  }

  @Override
  public Optional<Unsupported> unsupported() {
    return Optional.of(cause);
  }
}
