/**
 * The Windows named pipe transport (JNA): explicit SDDL, {@code FILE_FLAG_FIRST_PIPE_INSTANCE},
 * {@code PIPE_REJECT_REMOTE_CLIENTS}, overlapped I/O on both ends, the caller's PID, session and
 * token read from the pipe, and a client that checks the server's PID is our service's. Loaded only
 * on Windows; every decision that can be made in plain Java lives outside this package.
 */
package com.maemuki.bridgelink.ipc.transport.windows;
