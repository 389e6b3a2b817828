package com.maemuki.bridgelink.service.ipc;

import com.maemuki.bridgelink.ipc.codec.FrameCodec;
import com.maemuki.bridgelink.ipc.codec.FrameException;
import com.maemuki.bridgelink.ipc.contract.ContractJson;
import com.maemuki.bridgelink.ipc.contract.IpcEvent;
import com.maemuki.bridgelink.ipc.message.Event;
import com.maemuki.bridgelink.ipc.message.MessageMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Fans events out to subscribers. Each event is encoded once; every subscriber gets the same frames
 * in the same order (offers happen under one lock and never block). A subscriber whose queue is
 * full is dropped with a logged reason, so one slow client never delays the others.
 */
public final class EventHub implements EventPublisher {
  private static final Logger LOG = LoggerFactory.getLogger(EventHub.class);

  private final FrameCodec codec = new FrameCodec();
  private final MessageMapper mapper = new MessageMapper(codec.mapper());
  private final Set<EventSubscriber> subscribers = new LinkedHashSet<>();

  /**
   * Adds a subscriber and queues the current snapshot to it first, atomically with respect to
   * {@link #publish}: it misses nothing and sees nothing twice.
   */
  public void subscribe(EventSubscriber subscriber, Supplier<JsonNode> snapshot) {
    byte[] first = encode(IpcEvent.SNAPSHOT.wireName(), snapshot.get());
    boolean accepted;
    synchronized (this) {
      if (!subscribers.add(subscriber)) {
        return;
      }
      accepted = first == null || subscriber.offer(first);
      if (!accepted) {
        subscribers.remove(subscriber);
      }
    }
    if (!accepted) {
      subscriber.drop("event queue full at subscribe");
    }
  }

  public synchronized void unsubscribe(EventSubscriber subscriber) {
    subscribers.remove(subscriber);
  }

  public synchronized int subscriberCount() {
    return subscribers.size();
  }

  @Override
  public synchronized boolean hasSubscribers() {
    return !subscribers.isEmpty();
  }

  @Override
  public void publish(IpcEvent event, Record data) {
    if (!hasSubscribers()) {
      return; // nobody to send to: skip encoding
    }
    publish(event.wireName(), ContractJson.write(data));
  }

  /**
   * Sends an event as raw JSON. Production code publishes the contract's records ({@link
   * #publish(IpcEvent, Record)}); transport tests and the benchmark send sized or numbered
   * payloads.
   */
  public void publish(String event, JsonNode data) {
    if (!hasSubscribers()) {
      return; // nobody to send to: skip encoding
    }
    byte[] frame = encode(event, data);
    if (frame == null) {
      return;
    }
    List<EventSubscriber> lagging = new ArrayList<>();
    synchronized (this) {
      for (EventSubscriber subscriber : subscribers) {
        if (!subscriber.offer(frame)) {
          lagging.add(subscriber);
        }
      }
      subscribers.removeAll(lagging);
    }
    for (EventSubscriber subscriber : lagging) {
      subscriber.drop("not reading its events (queue full)");
    }
  }

  private byte[] encode(String event, JsonNode data) {
    try {
      return codec.encode(mapper.write(new Event(event, data)));
    } catch (FrameException e) {
      LOG.error("event '{}' not sent: {}", event, e.getMessage());
      return null;
    }
  }
}
