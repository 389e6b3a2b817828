package com.maemuki.bridgelink.service.ipc;

import com.maemuki.bridgelink.ipc.transport.PeerIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The caller of one request: who, with which roles, and its subscription handle. */
public final class CallContext {
  private final PeerIdentity peer;
  private final Set<Role> roles;
  private final EventSubscriber subscriber;
  private final List<Runnable> afterResponse = new ArrayList<>();

  public CallContext(PeerIdentity peer, Set<Role> roles, EventSubscriber subscriber) {
    this.peer = peer;
    this.roles = Set.copyOf(roles);
    this.subscriber = subscriber;
  }

  public PeerIdentity peer() {
    return peer;
  }

  public Set<Role> roles() {
    return roles;
  }

  public EventSubscriber subscriber() {
    return subscriber;
  }

  /** Runs {@code action} once the response is queued (so that events follow the response). */
  public void afterResponse(Runnable action) {
    afterResponse.add(action);
  }

  /** Called by the session after queueing the response. */
  void responseQueued() {
    afterResponse.forEach(Runnable::run);
    afterResponse.clear();
  }
}
