package com.maemuki.bridgelink.service.config;

/**
 * One thing wrong with the configuration, naming the field (a JSON path such as {@code
 * peers[1].ports[0]}, or {@code policy:PeerPorts}) and the problem in plain words.
 */
public record ConfigProblem(String field, String problem) {

  @Override
  public String toString() {
    return field + ": " + problem;
  }
}
