package com.maemuki.bridgelink.tray.view;

import com.maemuki.bridgelink.tray.model.IconState;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * The four icons, drawn in code (no resources to keep in sync): a filled disc in the state's colour
 * with a darker rim. The centre pixel is exactly {@link #colour(IconState)}, which the Xvfb test
 * samples.
 */
public final class TrayIcons {
  private TrayIcons() {}

  /** The fill colour per state. */
  public static Color colour(IconState state) {
    switch (state) {
      case OK:
        return new Color(0x2E, 0x9E, 0x44);
      case DEGRADED:
        return new Color(0xF2, 0xA9, 0x00);
      case DOWN:
        return new Color(0xD9, 0x30, 0x25);
      default:
        return new Color(0x8A, 0x8A, 0x8A);
    }
  }

  /** The icon at {@code size}×{@code size} pixels, transparent around the disc. */
  public static BufferedImage image(IconState state, int size) {
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      int inset = Math.max(1, size / 12);
      int diameter = size - 2 * inset;
      g.setColor(colour(state));
      g.fillOval(inset, inset, diameter, diameter);
      g.setColor(colour(state).darker());
      g.setStroke(new BasicStroke(Math.max(1f, size / 16f)));
      g.drawOval(inset, inset, diameter - 1, diameter - 1);
    } finally {
      g.dispose();
    }
    return image;
  }
}
