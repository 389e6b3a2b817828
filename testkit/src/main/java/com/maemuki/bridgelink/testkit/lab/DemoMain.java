package com.maemuki.bridgelink.testkit.lab;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The demo's simulated world (scripts/demo): builds a {@link LinkLab}, writes where its socket and
 * config are, then breaks and repairs the link on a schedule so a newcomer watching {@code
 * bridge-link run} sees findings appear and clear within a minute. Everything is simulated.
 *
 * <p>Usage: {@code DemoMain DIR} — writes {@code DIR/ready} when the lab is up; stops after the
 * script or when {@code DIR/stop} appears.
 */
public final class DemoMain {

  private static final List<LabFault> SCRIPT =
      List.of(
          LabFault.PORT_CLOSED, LabFault.RELAYED_PATH, LabFault.NEEDS_LOGIN, LabFault.DAEMON_GONE);

  private DemoMain() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    String intervals = "{\"status\": 1, \"prefs\": 1, \"daemon\": 2, \"probes\": 2, \"dns\": 5}";
    try (LinkLab lab = new LinkLab(dir.resolve("lab"), 1, 1, intervals, "")) {
      Files.writeString(dir.resolve("ready"), lab.socket() + "\n" + lab.configFile() + "\n");
      pause(dir, 6);
      for (LabFault fault : SCRIPT) {
        System.err.println("[simulation] breaking: " + describe(fault));
        lab.inject(fault);
        pause(dir, 7);
        System.err.println("[simulation] repairing: " + describe(fault));
        lab.restore(fault);
        pause(dir, 6);
      }
      System.err.println("[simulation] script finished");
      pause(dir, 3);
    }
  }

  static String describe(LabFault fault) {
    return switch (fault) {
      case PORT_CLOSED -> "the application on bridge-peer stops listening (port closed)";
      case RELAYED_PATH -> "the path to bridge-peer falls back to a DERP relay (fra)";
      case NEEDS_LOGIN -> "this machine's Tailscale login expires (NeedsLogin)";
      case DAEMON_GONE -> "tailscaled goes away (the LocalAPI socket disappears)";
      default -> fault.name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static void pause(Path dir, int seconds) throws InterruptedException {
    for (int i = 0; i < seconds * 10; i++) {
      if (Files.exists(dir.resolve("stop"))) {
        System.exit(0);
      }
      Thread.sleep(100);
    }
  }
}
