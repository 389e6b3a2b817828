package com.maemuki.bridgelink.tray.view;

import com.maemuki.bridgelink.tray.model.IconState;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;

/**
 * The four icons, drawn in code (no resources to keep in sync), told apart by shape as well as by
 * colour (for colour-blind users): a disc (ok), a triangle (degraded, as a warning sign), a square
 * (down) and a diamond (service not running), each filled with the state's colour and edged darker.
 * Shapes are snapped to whole pixels so they stay crisp at 16, 20, 24 and 32 px and scale cleanly
 * for HiDPI. The centre pixel is exactly {@link #colour(IconState)}, which the Xvfb check samples.
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

  /** The icon at {@code size}×{@code size} pixels, transparent around the shape. */
  public static BufferedImage image(IconState state, int size) {
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      Shape shape = shape(state, size);
      g.setColor(colour(state));
      g.fill(shape);
      g.setColor(colour(state).darker());
      g.setStroke(new BasicStroke(Math.max(1f, size / 16f)));
      g.draw(shape);
    } finally {
      g.dispose();
    }
    return image;
  }

  private static Shape shape(IconState state, int size) {
    int inset = Math.max(1, size / 12);
    int lo = inset;
    int hi = size - inset - 1;
    int mid = size / 2;
    switch (state) {
      case OK:
        return new Ellipse2D.Double(lo, lo, hi - lo, hi - lo);
      case DEGRADED:
        return polygon(new int[] {mid, hi, lo}, new int[] {lo, hi, hi});
      case DOWN:
        int sq = Math.max(1, size / 8);
        return new Rectangle(sq, sq, size - 2 * sq - 1, size - 2 * sq - 1);
      default:
        return polygon(new int[] {mid, hi, mid, lo}, new int[] {lo, mid, hi, mid});
    }
  }

  private static Polygon polygon(int[] xs, int[] ys) {
    return new Polygon(xs, ys, xs.length);
  }
}
