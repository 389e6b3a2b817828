package com.maemuki.bridgelink.tailscale.repair;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A one-field preference change: the masked-prefs PATCH body ({@code {"CorpDNS":true,
 * "CorpDNSSet":true}}, as {@code tailscale set} sends) and its verification against the prefs read
 * back afterwards.
 */
enum PrefsChange {
  /** {@code tailscale-up}: connect (WantRunning). */
  WANT_RUNNING("WantRunning", "Tailscale is connected again."),
  /** {@code accept-dns}: use Tailscale's DNS (CorpDNS, {@code --accept-dns}). */
  ACCEPT_DNS("CorpDNS", "This machine now accepts Tailscale's DNS settings."),
  /**
   * {@code enable-unattended}: Run Unattended (ForceDaemon, Windows). It also makes tailscaled
   * refuse every other Windows user ("running in server mode", {@code ipn/ipnlocal/local.go
   * CheckIPNConnectionAllowed}), so the message says so.
   */
  UNATTENDED(
      "ForceDaemon",
      "Tailscale now runs unattended (it stays up with nobody signed in). Other Windows users of"
          + " this computer are locked out of Tailscale while it does: only this account can use or"
          + " change it until Run Unattended is turned off.");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final String field;
  private final String doneMessage;

  PrefsChange(String field, String doneMessage) {
    this.field = field;
    this.doneMessage = doneMessage;
  }

  public String field() {
    return field;
  }

  public String doneMessage() {
    return doneMessage;
  }

  /** The masked-prefs PATCH body setting the field to true. */
  public String patchBody() {
    ObjectNode body = JSON.createObjectNode();
    body.put(field, true);
    body.put(field + "Set", true);
    return JSON.writeValueAsString(body);
  }

  /**
   * True when prefs JSON (GET prefs or the PATCH answer) has the field on. ForceDaemon is omitted
   * when false (omitempty), so absent counts as off.
   */
  public boolean holdsIn(String prefsJson) {
    try {
      JsonNode root = JSON.readTree(prefsJson);
      return root != null && root.path(field).isBoolean() && root.path(field).booleanValue();
    } catch (JacksonException e) {
      return false;
    }
  }
}
