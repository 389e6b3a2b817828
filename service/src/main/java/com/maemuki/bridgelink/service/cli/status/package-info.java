/**
 * {@code bridge-link status}: the text rendering of the service's snapshot and events (pure
 * functions of the IPC payloads of docs/ipc-contract.md), the user-facing sentences for a service
 * that cannot be reached, and the {@code --watch} loop.
 */
package com.maemuki.bridgelink.service.cli.status;
