package com.maemuki.bridgelink.tray.window;

import com.maemuki.bridgelink.tray.model.EventLine;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.List;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;

/**
 * The docs' screenshot of the status window (docs/images/tray-status-finding.png): the real frame
 * on a real X display (run it under Xvfb, see docs/tray.md), the findings tab with the blocked port
 * selected and its Fix run to a verified result.
 */
public final class StatusWindowShot {
  private StatusWindowShot() {}

  public static void main(String[] args) throws Exception {
    File out = new File(args.length > 0 ? args[0] : "target/screenshots/status-finding.png");
    WindowFixtures.Source source = new WindowFixtures.Source();
    source.events =
        List.of(
            new EventLine(
                WindowFixtures.T.plusSeconds(64),
                "Repair done: Let Tailscale reach the port: Verified: port 3389 answers from"
                    + " Tailscale."),
            new EventLine(WindowFixtures.T.plusSeconds(2), "Raised: Critical: Port 3389 blocked"),
            new EventLine(WindowFixtures.T, "Raised: Warning: Relayed (bridge-peer)"));
    WindowFixtures.Service service = new WindowFixtures.Service();
    service.history = hour();
    StatusWindow window = new StatusWindow(service, source, new WindowFixtures.Desktop());
    window.open();
    if (args.length > 1 && args[1].equals("peers")) {
      SwingUtilities.invokeAndWait(() -> window.panel().showPeers());
    } else {
      SwingUtilities.invokeAndWait(() -> window.panel().showFinding(0));
      SwingUtilities.invokeAndWait(() -> window.panel().detail().fixButton().doClick());
      source.nextResult.complete(
          "Verified: port 3389 answers from Tailscale addresses; the problem is gone.");
    }
    Thread.sleep(1000); // the frame maps, the chart loads, everything paints
    BufferedImage image =
        new BufferedImage(
            window.frame().getWidth(), window.frame().getHeight(), BufferedImage.TYPE_INT_RGB);
    SwingUtilities.invokeAndWait(
        () -> {
          Graphics2D g = image.createGraphics();
          window.frame().getRootPane().paint(g);
          g.dispose();
        });
    out.getParentFile().mkdirs();
    ImageIO.write(image, "png", out);
    System.exit(0);
  }

  /** An hour of samples ending now: direct, relayed for 20 minutes, a failed probe, direct. */
  private static String hour() {
    java.time.Instant start = java.time.Instant.now().minusSeconds(3600);
    StringBuilder json = new StringBuilder("{\"samples\": [");
    for (int m = 0; m <= 60; m++) {
      boolean relayed = m >= 20 && m < 40;
      boolean failed = m == 30;
      json.append(m == 0 ? "" : ",")
          .append("{\"time\": \"")
          .append(start.plusSeconds(60L * m))
          .append("\", \"latencyMs\": ")
          .append(failed ? "null" : String.valueOf(relayed ? 40.0 + m % 5 : 3.0 + m % 3))
          .append(", \"path\": \"")
          .append(relayed ? "derp" : "direct")
          .append("\", \"ok\": ")
          .append(!failed)
          .append('}');
    }
    return json.append("]}").toString();
  }
}
