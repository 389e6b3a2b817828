package com.maemuki.bridgelink.service.check;

import java.util.regex.Pattern;

/**
 * The stable part of a tailscaled health message. Some messages embed a running duration, rendered
 * afresh on every update with Go's {@code time.Duration.String} (health/warnings.go: "… hasn't
 * heard from the 'fra' relay server in 1m12s …"; health/health.go rounds it to the second): keyed
 * as written, one condition would become a new finding every few seconds.
 */
final class HealthMessageKey {

  /** Go duration text: one or more number+unit groups ({@code 5m}, {@code 1m12s}, {@code 1.5s}). */
  private static final Pattern GO_DURATION =
      Pattern.compile("\\b(?:\\d+(?:\\.\\d+)?(?:ns|us|µs|ms|s|m|h))+(?!\\w)");

  private HealthMessageKey() {}

  /** The message with every duration replaced by {@code …}. */
  static String of(String message) {
    return GO_DURATION.matcher(message).replaceAll("…");
  }
}
