package com.maemuki.bridgelink.tray.view.dorkbox;

/**
 * Run in a fresh JVM by {@link DorkboxUpdatesTest}: optionally switches the checker off the way
 * {@code TrayMain} does, then loads and initializes the Dorkbox tray class (whose static
 * initializer registers with the update checker and starts its thread) and prints what the checker
 * will do.
 */
public final class UpdatesProbe {
  private UpdatesProbe() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("switch-off")) {
      DorkboxUpdates.switchOff();
    }
    Class.forName("dorkbox.systemTray.SystemTray", true, UpdatesProbe.class.getClassLoader());
    boolean threadStarted =
        Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().contains("Updates"));
    System.out.println("ENABLE=" + DorkboxUpdates.enabled() + " thread=" + threadStarted);
  }
}
