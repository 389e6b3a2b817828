package com.maemuki.bridgelink.service.config;

import com.maemuki.bridgelink.service.finding.Severity;

/**
 * What the tray notifies about. The service only carries it to the tray; the tray decides.
 *
 * @param minSeverity findings below this severity change the icon but raise no notification
 * @param notifyOnClear whether a cleared finding is announced too
 */
public record NotificationPolicy(Severity minSeverity, boolean notifyOnClear) {

  public static NotificationPolicy defaults() {
    return new NotificationPolicy(Severity.WARNING, true);
  }
}
