package com.maemuki.bridgelink.tray;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;

/**
 * One tray per user: an exclusive lock on a file in the user's own runtime directory. The OS drops
 * the lock when the process dies, however it dies, so a crash never leaves a stale lock (unlike a
 * PID file). {@code FileChannel.tryLock} is {@code LockFileEx} on Windows and {@code fcntl} on
 * Linux.
 */
public final class SingleInstanceLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private SingleInstanceLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the lock, or returns empty when another instance holds it. */
  public static Optional<SingleInstanceLock> tryAcquire(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      FileLock lock = channel.tryLock();
      if (lock != null) {
        return Optional.of(new SingleInstanceLock(channel, lock));
      }
    } catch (OverlappingFileLockException e) {
      // held by this very JVM: still "another instance"
    }
    channel.close();
    return Optional.empty();
  }

  /**
   * The per-user lock file: {@code %LOCALAPPDATA%\Maemuki\BridgeLink\tray.lock} on Windows, {@code
   * $XDG_RUNTIME_DIR/maemuki-bridge-link/tray.lock} elsewhere (falling back to a per-user directory
   * under the temp dir).
   */
  static Path defaultFile(String osName, Map<String, String> env, String tmpDir, String user) {
    if (osName.startsWith("Windows") && env.get("LOCALAPPDATA") != null) {
      return Path.of(env.get("LOCALAPPDATA"), "Maemuki", "BridgeLink", "tray.lock");
    }
    String runtime = env.get("XDG_RUNTIME_DIR");
    if (runtime != null && !runtime.isBlank()) {
      return Path.of(runtime, "maemuki-bridge-link", "tray.lock");
    }
    return Path.of(tmpDir, "maemuki-bridge-link-" + user, "tray.lock");
  }

  @Override
  public void close() throws IOException {
    lock.release();
    channel.close();
  }
}
