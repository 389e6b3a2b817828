package com.maemuki.bridgelink.service.config;

import java.util.List;

/**
 * What a person gave on the command line: {@code --peer NAME} (repeatable, adds a watched peer) and
 * {@code --socket PATH}. Applied last, so one line is enough to try the tool.
 */
public record ConfigOverrides(List<String> extraPeers, String localApiSocket) {

  public ConfigOverrides {
    extraPeers = List.copyOf(extraPeers == null ? List.of() : extraPeers);
  }

  public static ConfigOverrides none() {
    return new ConfigOverrides(List.of(), null);
  }

  BridgeLinkConfig applyTo(BridgeLinkConfig config, List<ConfigProblem> problems) {
    BridgeLinkConfig result = config;
    if (localApiSocket != null) {
      result = result.withLocalApiSocket(localApiSocket);
    }
    if (!extraPeers.isEmpty()) {
      List<PeerConfig> peers = new java.util.ArrayList<>(result.peers());
      for (String name : extraPeers) {
        if (!ConfigLimits.PEER_NAME.matcher(name).matches()) {
          problems.add(
              new ConfigProblem("--peer", "\"" + name + "\" is not a valid peer name or host"));
        } else if (result.peer(name) == null) {
          peers.add(PeerConfig.named(name));
        }
      }
      result = result.withPeers(peers);
    }
    return result;
  }
}
