package com.maemuki.bridgelink.service.host;

/**
 * Starts the long-running work of the service and hands back the handle that stops it. The
 * composition root provides one (see {@link ServiceDaemons}); the lifecycle calls it once per run.
 */
@FunctionalInterface
public interface DaemonFactory {

  /**
   * Starts the daemon. Returns once it runs: the daemon works on its own threads, and {@link
   * AutoCloseable#close()} stops it and releases everything it holds.
   *
   * @throws Exception when the daemon cannot start; the lifecycle logs it and the host stops
   */
  AutoCloseable start() throws Exception;
}
