package com.maemuki.bridgelink.tailscale.model;

/**
 * One DERP region's latency in a netcheck report. Text reports name regions by code and name, JSON
 * reports only by numeric ID: whichever is unknown is null.
 *
 * @param latencyMs null when the region did not answer
 */
public record DerpLatency(Integer regionId, String code, String name, Double latencyMs) {

  /** The most readable label known: code, then name, then "region N". */
  public String label() {
    if (code != null && !code.isEmpty()) {
      return code;
    }
    if (name != null && !name.isEmpty()) {
      return name;
    }
    return regionId == null ? "?" : "region " + regionId;
  }
}
