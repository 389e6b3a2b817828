package com.maemuki.bridgelink.tray.action;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Stands in for {@code bridge-link repair} in the tray's unit tests: records its arguments (one per
 * line) in the file named by {@code -Dstandin.record}, then behaves by repair id.
 */
public final class StandInRepairCommand {

  private StandInRepairCommand() {}

  public static void main(String[] args) throws Exception {
    Path record = Path.of(System.getProperty("standin.record"));
    Files.write(record, Arrays.asList(args), StandardCharsets.UTF_8);
    String id = args.length > 1 ? args[1] : "";
    switch (id) {
      case "accept-dns":
        System.out.println(
            "{\"id\":\"accept-dns\",\"ok\":true,\"message\":\"This machine now accepts Tailscale's"
                + " DNS settings.\",\"cleared\":true}");
        break;
      case "copy-share-instructions":
        System.out.println(
            "{\"id\":\"copy-share-instructions\",\"ok\":true,\"message\":\"ready\",\"cleared\":false,"
                + "\"text\":\"Please share your computer \\\"office-pc\\\" with me.\\n2. Click"
                + " Share.\"}");
        break;
      case "enable-unattended":
        System.out.println(
            "{\"id\":\"enable-unattended\",\"ok\":false,\"message\":\"Tailscale refused the"
                + " change: prefs write access denied\",\"cleared\":false}");
        System.exit(1);
        break;
      case "tailscale-up":
        System.err.println("Error: something went wrong\nbridge-link repair: cannot start");
        System.exit(1);
        break;
      case "reauth":
        hangWithAGrandchild(record);
        break;
      default:
        System.exit(64);
    }
  }

  /** A browser sign-in nobody finishes: a grandchild (like a browser launcher) and no answer. */
  private static void hangWithAGrandchild(Path record) throws IOException, InterruptedException {
    ProcessBuilder grandchild =
        Files.isExecutable(Path.of("/bin/sleep"))
            ? new ProcessBuilder("/bin/sleep", "600")
            : new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                StandInRepairCommand.class.getName());
    Process p = grandchild.start();
    Files.writeString(
        record.resolveSibling(record.getFileName() + ".grandchild"), Long.toString(p.pid()));
    Thread.sleep(600_000);
  }
}
