package com.maemuki.bridgelink.service.ipc;

import com.maemuki.bridgelink.ipc.transport.IpcTransport;
import java.util.List;

/**
 * Second local accounts for authorization tests, created by the test and deleted by {@link
 * #close()}: an endpoint they may reach, and a way to run the {@link ProbeClientMain} as a viewer,
 * as a member of the operators group, and as an outsider who may not reach the endpoint at all.
 */
public interface OtherLocalUser extends AutoCloseable {
  IpcTransport transport();

  /** The operators group the server should be configured with: the operator is in it. */
  String operatorGroup();

  /** Another real group: the viewer is in it, the operator is not. */
  String viewerOnlyGroup();

  /** The viewer account's uid as the OS reports it (-1 where there is none). */
  long uid();

  List<String> run(String... methods) throws Exception;

  List<String> runAsOperator(String... methods) throws Exception;

  List<String> runAsOutsider(String... methods) throws Exception;
}
