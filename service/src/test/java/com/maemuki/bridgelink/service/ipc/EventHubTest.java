package com.maemuki.bridgelink.service.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

class EventHubTest {
  /** A subscriber with a fixed capacity that records frames and drops. */
  private static final class Recorder implements EventSubscriber {
    final List<byte[]> frames = new ArrayList<>();
    final int capacity;
    String dropped;

    Recorder(int capacity) {
      this.capacity = capacity;
    }

    @Override
    public boolean offer(byte[] frame) {
      if (frames.size() >= capacity) {
        return false;
      }
      frames.add(frame);
      return true;
    }

    @Override
    public void drop(String reason) {
      dropped = reason;
    }

    @Override
    public String describe() {
      return "recorder";
    }
  }

  @Test
  void aFullSubscriberIsDroppedWithAReasonAndTheOthersKeepEverything() {
    EventHub hub = new EventHub();
    Recorder fast = new Recorder(1000);
    Recorder slow = new Recorder(3);
    hub.subscribe(fast, () -> InMemoryServiceFacade.snapshot("ok", "fine"));
    hub.subscribe(slow, () -> InMemoryServiceFacade.snapshot("ok", "fine"));
    for (int i = 0; i < 10; i++) {
      hub.publish("transition", JsonNodeFactory.instance.objectNode().put("seq", i));
    }
    assertThat(slow.dropped).contains("queue full");
    assertThat(fast.dropped).isNull();
    assertThat(fast.frames).hasSize(11);
    assertThat(hub.subscriberCount()).isEqualTo(1);
    assertThat(fast.frames.get(1)).isSameAs(slow.frames.get(1)).as("encoded once");
  }

  @Test
  void reportsWhetherAnyoneListensSoIdleEventsAreNotBuilt() {
    EventHub hub = new EventHub();
    assertThat(hub.hasSubscribers()).isFalse();
    hub.publish("snapshot", JsonNodeFactory.instance.objectNode().put("seq", 0)); // nobody: no-op
    Recorder late = new Recorder(10);
    hub.subscribe(late, () -> InMemoryServiceFacade.snapshot("ok", "current"));
    assertThat(hub.hasSubscribers()).isTrue();
    hub.publish("transition", JsonNodeFactory.instance.objectNode().put("seq", 1));
    assertThat(late.frames).as("the current snapshot first, then only later events").hasSize(2);
    hub.unsubscribe(late);
    assertThat(hub.hasSubscribers()).isFalse();
  }
}
