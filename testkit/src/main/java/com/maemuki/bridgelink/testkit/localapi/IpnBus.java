package com.maemuki.bridgelink.testkit.localapi;

import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArraySet;
import tools.jackson.databind.node.ObjectNode;

/**
 * The simulated IPN bus: every open {@code watch-ipn-bus} has a queue of 128 messages, like
 * tailscaled's; a watcher that falls behind is told so and dropped.
 */
final class IpnBus {

  static final int QUEUE = 128;

  private final Set<Watcher> watchers = new CopyOnWriteArraySet<>();

  Watcher subscribe() {
    return subscribe(null);
  }

  /** A watcher on a connection of {@code owner} (null: unidentified, as on Linux). */
  Watcher subscribe(SimIdentity owner) {
    Watcher watcher = new Watcher(owner);
    watchers.add(watcher);
    return watcher;
  }

  void unsubscribe(Watcher watcher) {
    watchers.remove(watcher);
  }

  void publish(ObjectNode message) {
    publishTo(message, null);
  }

  /**
   * Sends to the watchers of {@code target}'s user and process only ({@code ipn/ipnlocal/local.go
   * notificationTarget.match}); a null target means every watcher.
   */
  void publishTo(ObjectNode message, SimIdentity target) {
    for (Watcher watcher : watchers) {
      if (target != null
          && (watcher.owner == null
              || !watcher.owner.sid().equals(target.sid())
              || watcher.owner.pid() != target.pid())) {
        continue;
      }
      if (!watcher.queue.offer(message)) {
        watcher.fellBehind = true;
      }
    }
  }

  int watchers() {
    return watchers.size();
  }

  /** One subscriber's pending messages. */
  static final class Watcher {
    final BlockingQueue<ObjectNode> queue = new ArrayBlockingQueue<>(QUEUE);
    final SimIdentity owner;
    volatile boolean fellBehind;

    Watcher(SimIdentity owner) {
      this.owner = owner;
    }
  }
}
