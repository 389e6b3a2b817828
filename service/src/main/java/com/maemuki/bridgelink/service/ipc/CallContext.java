package com.maemuki.bridgelink.service.ipc;

import com.maemuki.bridgelink.ipc.transport.PeerIdentity;
import java.util.Set;

/** The caller of one request: who, with which roles, and its subscription handle. */
public final class CallContext {
  private final PeerIdentity peer;
  private final Set<Role> roles;
  private final EventSubscriber subscriber;

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
}
