package com.maemuki.bridgelink.tailscale.model;

/** One entry of {@code Status.User}: a login that owns or shared a node. */
public record UserProfile(long id, String loginName, String displayName) {}
