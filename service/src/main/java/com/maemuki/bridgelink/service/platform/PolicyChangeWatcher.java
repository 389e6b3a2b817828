package com.maemuki.bridgelink.service.platform;

/**
 * Tells when the firewall policy may have changed (on Windows: a registry change notification on
 * the firewall policy and network profile keys), so the firewall is re-evaluated at once instead of
 * at the next slow poll.
 */
public interface PolicyChangeWatcher {

  /**
   * Starts watching; {@code onChange} runs on the watcher's thread and must return quickly.
   *
   * @return closes the watch
   */
  AutoCloseable start(Runnable onChange);

  /** A watcher that never fires (the safety poll still runs). */
  PolicyChangeWatcher NONE = onChange -> () -> {};
}
