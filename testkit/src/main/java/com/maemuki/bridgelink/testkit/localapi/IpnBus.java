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
    Watcher watcher = new Watcher();
    watchers.add(watcher);
    return watcher;
  }

  void unsubscribe(Watcher watcher) {
    watchers.remove(watcher);
  }

  void publish(ObjectNode message) {
    for (Watcher watcher : watchers) {
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
    volatile boolean fellBehind;
  }
}
