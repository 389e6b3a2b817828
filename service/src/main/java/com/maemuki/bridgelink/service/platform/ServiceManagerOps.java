package com.maemuki.bridgelink.service.platform;

/**
 * The three raw operations an OS service manager offers (SCM, systemd). {@link
 * WaitingServiceControl} builds start/restart-with-wait on top, so the waiting and verification
 * logic is the same pure Java on every platform.
 */
public interface ServiceManagerOps {

  /** The current state; never throws. */
  ServiceState query();

  /** Where the answer comes from ("SCM service Tailscale"). */
  String describe();

  /** Asks the manager to start the service; returns without waiting. */
  void requestStart() throws ServiceOperationException;

  /** Asks the manager to stop the service; returns without waiting. */
  void requestStop() throws ServiceOperationException;
}
