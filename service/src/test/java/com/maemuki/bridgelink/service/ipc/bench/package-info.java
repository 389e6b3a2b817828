/** The IPC benchmark harness run by {@code scripts/bench-ipc}. */
package com.maemuki.bridgelink.service.ipc.bench;
