package com.maemuki.bridgelink.service.ipc;

import com.maemuki.bridgelink.ipc.transport.IpcTransport;
import java.util.List;

/**
 * A second local account for authorization tests: an endpoint it may reach, and a way to run the
 * {@link ProbeClientMain} as that account (a viewer), as a member of the operators group, and as an
 * outsider who may not reach the endpoint at all.
 */
public interface OtherLocalUser extends AutoCloseable {
  IpcTransport transport();

  /** The operators group the server should be configured with. */
  String operatorGroup();

  /** The viewer account's uid as the OS reports it (-1 where there is none). */
  long uid();

  List<String> run(String... methods) throws Exception;

  List<String> runAsOperator(String... methods) throws Exception;

  List<String> runAsOutsider(String... methods) throws Exception;
}
