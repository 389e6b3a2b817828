package com.maemuki.bridgelink.service.platform.firewall;

/**
 * The names of the firewall rules Maemuki Bridge Link owns. A rule is ours only when its Name,
 * DisplayName and Group all match these (the scripts check all three before changing anything).
 */
public final class BridgeLinkRules {

  /** The rule group of every rule we create. */
  public static final String GROUP = "Maemuki Bridge Link";

  private BridgeLinkRules() {}

  public static String portRuleName(int port) {
    return "MaemukiBridgeLink-TCP-" + port;
  }

  public static String portRuleDisplayName(int port) {
    return "Maemuki Bridge Link - TCP " + port;
  }
}
