package com.maemuki.bridgelink.service.platform.linux;

import com.maemuki.bridgelink.ipc.transport.PeerIdentity;
import com.maemuki.bridgelink.service.platform.HomeLookup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A Unix user's home by uid, from the passwd file (field 6 of {@code
 * name:x:uid:gid:gecos:home:shell}).
 */
public final class PasswdHomeLookup implements HomeLookup {
  public static final Path SYSTEM = Path.of("/etc/passwd");

  private final Path passwd;

  public PasswdHomeLookup(Path passwd) {
    this.passwd = passwd;
  }

  @Override
  public Optional<Path> homeOf(PeerIdentity user) {
    if (user.uid() < 0) {
      return Optional.empty();
    }
    try {
      return homeOf(Files.readAllLines(passwd, StandardCharsets.UTF_8), user.uid());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The home of {@code uid} in passwd lines; malformed lines are skipped. */
  static Optional<Path> homeOf(List<String> lines, long uid) {
    for (String line : lines) {
      String[] f = line.split(":", -1);
      if (f.length < 7 || !f[2].equals(Long.toString(uid)) || !f[5].startsWith("/")) {
        continue;
      }
      return Optional.of(Path.of(f[5]));
    }
    return Optional.empty();
  }
}
