/**
 * The Unix domain socket transport (JDK only): socket 0660 in a 0750 directory, both owned by a
 * configurable group; the caller identified by {@code SO_PEERCRED}; a stale socket removed only
 * when it is a socket and nobody answers on it.
 */
package com.maemuki.bridgelink.ipc.transport.unix;
