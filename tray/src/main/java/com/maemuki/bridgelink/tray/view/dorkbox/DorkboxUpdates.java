package com.maemuki.bridgelink.tray.view.dorkbox;

import dorkbox.updates.Updates;

/**
 * Dorkbox's phone-home switch. Every Dorkbox class registers itself with {@code Updates} in its
 * static initializer; five minutes later, and every four hours after, a daemon thread POSTs the
 * class names and a per-process UUID to {@code http://updates.dorkbox.com/} unless {@code ENABLE}
 * is false. {@code Updates} reads the system property {@value #PROPERTY} once, when it loads; the
 * documented {@code dorkbox.Updates.ENABLED} does nothing (measured, tray-on-xvfb.md). So: set the
 * property before anything Dorkbox loads, and clear the flag too in case something loaded it
 * earlier.
 */
public final class DorkboxUpdates {
  /** The property {@code Updates} actually reads. */
  public static final String PROPERTY = "dorkbox.updates.Updates.ENABLE";

  private DorkboxUpdates() {}

  /** Switches the update checker off. Call first thing in {@code main}. */
  public static void switchOff() {
    System.setProperty(PROPERTY, "false");
    Updates.INSTANCE.setENABLE(false);
  }

  /** Whether the update checker would phone home. */
  public static boolean enabled() {
    return Updates.INSTANCE.getENABLE();
  }
}
