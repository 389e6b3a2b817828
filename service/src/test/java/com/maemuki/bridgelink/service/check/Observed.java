package com.maemuki.bridgelink.service.check;

import com.maemuki.bridgelink.tailscale.model.NetcheckReport;
import com.maemuki.bridgelink.tailscale.model.PingAttempt;
import com.maemuki.bridgelink.tailscale.model.Prefs;
import com.maemuki.bridgelink.tailscale.model.Status;
import com.maemuki.bridgelink.tailscale.parse.NetcheckJsonParser;
import com.maemuki.bridgelink.tailscale.parse.NetcheckTextParser;
import com.maemuki.bridgelink.tailscale.parse.PingTranscriptParser;
import com.maemuki.bridgelink.tailscale.parse.PrefsJsonParser;
import com.maemuki.bridgelink.tailscale.parse.StatusJsonParser;
import com.maemuki.bridgelink.tailscale.parse.TailscaleParseException;
import com.maemuki.bridgelink.testkit.fixtures.Fixtures;
import java.time.Instant;
import java.util.List;

/** Observations built from the fixtures, for the check tests. */
final class Observed {

  /** When the 8-peer sample was captured (its latest LastWrite). */
  static final Instant CAPTURED = Instant.parse("2026-08-20T12:05:00Z");

  private Observed() {}

  static Status status(String fixture) {
    try {
      return StatusJsonParser.parse(Fixtures.bytes(fixture));
    } catch (TailscaleParseException e) {
      throw new AssertionError(e);
    }
  }

  static Prefs prefs(String json) {
    try {
      return PrefsJsonParser.parse(json);
    } catch (TailscaleParseException e) {
      throw new AssertionError(e);
    }
  }

  static Prefs prefsFixture(String fixture) {
    return prefs(Fixtures.text(fixture));
  }

  static NetcheckReport netcheckJson(String fixture) {
    try {
      return NetcheckJsonParser.parse(Fixtures.text(fixture));
    } catch (TailscaleParseException e) {
      throw new AssertionError(e);
    }
  }

  static NetcheckReport netcheckText(String fixture) {
    try {
      return NetcheckTextParser.parse(Fixtures.text(fixture));
    } catch (TailscaleParseException e) {
      throw new AssertionError(e);
    }
  }

  static List<PingAttempt> pings(String fixture) {
    try {
      return PingTranscriptParser.parse(Fixtures.text(fixture)).attempts();
    } catch (TailscaleParseException e) {
      throw new AssertionError(e);
    }
  }

  static Observations.Builder at(Instant now) {
    return Observations.builder(now);
  }

  static Observations.Builder eightPeers() {
    return Observations.builder(CAPTURED).status(status(Fixtures.STATUS_8_PEERS));
  }
}
