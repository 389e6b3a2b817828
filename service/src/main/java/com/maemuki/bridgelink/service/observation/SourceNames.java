package com.maemuki.bridgelink.service.observation;

/**
 * The names of the monitor's sources: the keys of their readings, the subject of a {@code
 * source-unavailable} finding, and what the catalog names when it says which sources a finding's
 * data comes from. Here, beside the readings, so the catalog and the sources share one spelling
 * without the catalog depending on a source's classes.
 */
public final class SourceNames {

  public static final String CONFIG = "config";
  public static final String STATUS = "localapi-status";
  public static final String PREFS = "localapi-prefs";
  public static final String PROFILE = "localapi-profile";
  public static final String DAEMON = "daemon";
  public static final String PROBES = "probes";
  public static final String LOCAL_PORTS = "local-ports";
  public static final String FIREWALL = "firewall";
  public static final String DNS = "dns";

  private SourceNames() {}
}
