package com.maemuki.bridgelink.service.check;

import java.time.Duration;
import java.util.Objects;

/**
 * Thresholds the checks use.
 *
 * @param keyExpiryWarning how long before a node key expires {@code key-expiring} and {@code
 *     peer-key-expiring} are raised (default 14 days)
 */
public record CheckSettings(Duration keyExpiryWarning) {

  public static final Duration DEFAULT_KEY_EXPIRY_WARNING = Duration.ofDays(14);

  public CheckSettings {
    Objects.requireNonNull(keyExpiryWarning, "keyExpiryWarning");
    if (keyExpiryWarning.isNegative()) {
      throw new IllegalArgumentException("keyExpiryWarning must not be negative");
    }
  }

  public static CheckSettings defaults() {
    return new CheckSettings(DEFAULT_KEY_EXPIRY_WARNING);
  }
}
