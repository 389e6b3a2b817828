package com.maemuki.bridgelink.tailscale.parse;

import com.maemuki.bridgelink.tailscale.model.LoginProfile;
import tools.jackson.databind.JsonNode;

/** Parses {@code ipn.LoginProfile} ({@code GET /localapi/v0/profiles/current}). */
public final class LoginProfileJsonParser {

  private LoginProfileJsonParser() {}

  public static LoginProfile parse(String text) throws TailscaleParseException {
    JsonNode root = JsonDocuments.readObject(text, "profile");
    JsonFields f = new JsonFields(root);
    if (!f.has("ID") && !f.has("LocalUserID") && !f.has("UserProfile")) {
      throw new TailscaleParseException(
          "not a Tailscale login profile: none of ID, LocalUserID, UserProfile");
    }
    return new LoginProfile(
        f.text("ID"), f.text("Name"), f.text("LocalUserID"), f.text("ControlURL"));
  }
}
