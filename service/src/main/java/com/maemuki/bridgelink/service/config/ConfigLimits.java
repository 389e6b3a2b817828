package com.maemuki.bridgelink.service.config;

import java.util.regex.Pattern;

/**
 * Bounds on what the configuration may ask for. The service runs as SYSTEM and trusts no input:
 * names are validated and sizes capped before anything uses them.
 */
final class ConfigLimits {

  static final int MAX_PEERS = 32;
  static final int MAX_PORTS = 16;
  static final long MAX_FILE_BYTES = 256 * 1024;

  /** A peer's display name: what finding subjects and metrics tags use. */
  static final Pattern PEER_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");

  /**
   * A host: MagicDNS short name, FQDN, IPv4/IPv6 address or a node ID (letters and digits). No
   * spaces, slashes or other characters that could reach a command line or a URL unescaped.
   */
  static final Pattern HOST = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,252}");

  private ConfigLimits() {}
}
