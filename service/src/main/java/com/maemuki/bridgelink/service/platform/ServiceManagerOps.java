package com.maemuki.bridgelink.service.platform;

/**
 * The raw operations an OS service manager offers (SCM, systemd): the query the monitor reads
 * ({@link DaemonControl}) plus start and stop requests. One implementation per OS serves both the
 * monitor and the repairs; {@link WaitingServiceControl} builds start/restart-with-wait on top, so
 * the waiting and verification logic is the same pure Java on every platform.
 */
public interface ServiceManagerOps extends DaemonControl {

  /** Asks the manager to start the service; returns without waiting. */
  void requestStart() throws ServiceOperationException;

  /** Asks the manager to stop the service; returns without waiting. */
  void requestStop() throws ServiceOperationException;
}
