package com.maemuki.bridgelink.service.platform.firewall;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Loads the firewall fixtures under {@code fixtures/windows/}. */
final class Fixtures {
  private Fixtures() {}

  static String text(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/windows/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static FirewallSnapshot snapshot(String name) {
    try {
      return new FirewallSnapshotParser().parse(text(name));
    } catch (FirewallParseException e) {
      throw new AssertionError(e);
    }
  }
}
