package com.maemuki.bridgelink.service.platform;

import com.maemuki.bridgelink.ipc.transport.PeerIdentity;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds a local user's home (Unix: the passwd entry of the caller's uid) or profile folder
 * (Windows: the ProfileList entry of the caller's SID), from the OS's own records — never from what
 * a client says, because the service reads files there with its own rights. Chosen by {@link
 * Platforms#homeLookup()}.
 */
@FunctionalInterface
public interface HomeLookup {

  /** The folder, or empty when the OS knows no home for this identity. Never throws. */
  Optional<Path> homeOf(PeerIdentity user);
}
