package com.maemuki.bridgelink.service.platform.firewall;

/**
 * The names of the firewall rules Maemuki Bridge Link owns. A rule is ours only when its Name,
 * DisplayName and Group all match these (the scripts check all three before changing anything).
 */
public final class BridgeLinkRules {

  /** The rule group of every rule we create. */
  public static final String GROUP = "Maemuki Bridge Link";

  /** Tailscale's IPv4 range (CGNAT 100.64.0.0/10) and its IPv6 ULA prefix. */
  public static final String TAILSCALE_IPV4 = "100.64.0.0/10";

  public static final String TAILSCALE_IPV6 = "fd7a:115c:a1e0::/48";

  public static final String PING_RULE_NAME = "MaemukiBridgeLink-ICMPv4-Echo";

  private BridgeLinkRules() {}

  public static String portRuleName(int port) {
    return "MaemukiBridgeLink-TCP-" + port;
  }

  public static String portRuleDisplayName(int port) {
    return "Maemuki Bridge Link - TCP " + port;
  }
}
