/**
 * The IPC contract typed once: the method names ({@link IpcMethod}), the event names ({@link
 * IpcEvent}), and every request parameter, result and event payload as a record, with their one
 * JSON mapping ({@link ContractJson}). The service, the tray and {@code bridge-link status} use
 * these types; nothing else spells a method name or a payload field. docs/ipc-contract.md is
 * checked against these records by a test.
 */
package com.maemuki.bridgelink.ipc.contract;
