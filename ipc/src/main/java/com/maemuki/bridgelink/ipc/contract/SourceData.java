package com.maemuki.bridgelink.ipc.contract;

/**
 * One monitor source and how its last run went.
 *
 * @param name e.g. {@code localapi-status}
 * @param error why its last run failed, else null
 */
public record SourceData(String name, Boolean ok, String error, String lastRun) {}
