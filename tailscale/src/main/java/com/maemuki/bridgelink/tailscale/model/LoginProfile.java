package com.maemuki.bridgelink.tailscale.model;

/**
 * {@code ipn.LoginProfile} as {@code GET /localapi/v0/profiles/current} serves it: the profile in
 * use and, on Windows, the SID of the Windows user who owns it.
 *
 * @param id the profile ID; empty on the empty profile (Windows: nobody signed in and Run
 *     Unattended off, see DESIGN.md)
 * @param name the profile's name (the Tailscale login), or ""
 * @param localUserId the owner's Windows SID ({@code LocalUserID}); "" on other platforms and on
 *     the empty profile
 * @param controlUrl the control server, "" on the empty profile
 */
public record LoginProfile(String id, String name, String localUserId, String controlUrl) {

  public LoginProfile {
    id = id == null ? "" : id;
    name = name == null ? "" : name;
    localUserId = localUserId == null ? "" : localUserId;
    controlUrl = controlUrl == null ? "" : controlUrl;
  }

  /** The empty profile: no ID. */
  public boolean empty() {
    return id.isEmpty();
  }
}
