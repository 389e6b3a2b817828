package com.maemuki.bridgelink.service.check;

import java.time.Duration;

/** How the key-expiry checks say "in 3 days" / "in 5 hours". */
final class KeyExpiryWords {

  private KeyExpiryWords() {}

  static String in(Duration left) {
    long days = left.toDays();
    if (days >= 1) {
      return "in " + days + (days == 1 ? " day" : " days");
    }
    long hours = Math.max(1, left.toHours());
    return "in " + hours + (hours == 1 ? " hour" : " hours");
  }
}
