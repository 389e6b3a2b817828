package com.maemuki.bridgelink.ipc.contract;

/**
 * The configuration's {@code notifications} policy, carried to the tray with every snapshot (it may
 * change with a reloaded configuration).
 *
 * @param minSeverity {@code info | warning | critical}: findings below it change the icon but raise
 *     no notification
 * @param notifyOnClear whether a cleared finding is announced too
 */
public record NotificationSettings(String minSeverity, Boolean notifyOnClear) {}
