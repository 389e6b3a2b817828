package com.maemuki.bridgelink.service.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest, so the build is the one source of the number. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = BridgeLinkCommand.class.getPackage().getImplementationVersion();
    return new String[] {"bridge-link " + (version == null ? "development build" : version)};
  }
}
