package com.maemuki.bridgelink.tailscale.model;

/**
 * {@code Status.CurrentTailnet}: the tailnet this node is in.
 *
 * @param magicDnsEnabled the tailnet setting (not whether this device accepts DNS: that is prefs
 *     {@code CorpDNS}); null when not reported
 */
public record TailnetInfo(String name, String magicDnsSuffix, Boolean magicDnsEnabled) {}
