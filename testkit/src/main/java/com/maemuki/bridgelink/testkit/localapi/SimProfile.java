package com.maemuki.bridgelink.testkit.localapi;

/**
 * One login profile ({@code ipn.LoginProfile}): its ID, the Windows user who owns it ({@code
 * LocalUserID}, a SID) and that owner's name as a refusal message shows it, and the Tailscale
 * login.
 */
public record SimProfile(String id, String ownerSid, String ownerName, String loginName) {}
