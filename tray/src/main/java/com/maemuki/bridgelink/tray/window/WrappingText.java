package com.maemuki.bridgelink.tray.window;

import java.awt.Dimension;
import java.awt.Font;
import java.awt.Rectangle;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.Scrollable;
import javax.swing.UIManager;

/**
 * Read-only text that wraps at word boundaries and is never cut with an ellipsis: a finding's
 * title, facts and remedy are often longer than one line, and a cut remedy is a useless one.
 */
final class WrappingText {
  private WrappingText() {}

  /** A wrapping, selectable (so it can be copied) text area that looks like a label. */
  static JTextArea area(boolean bold) {
    JTextArea area = new JTextArea();
    area.setEditable(false);
    area.setLineWrap(true);
    area.setWrapStyleWord(true);
    area.setOpaque(false);
    area.setBorder(null);
    Font font = UIManager.getFont("Label.font");
    if (font != null) {
      area.setFont(bold ? font.deriveFont(Font.BOLD) : font);
    }
    return area;
  }

  /**
   * A panel that takes the width of the scroll pane it sits in, so the text areas in it wrap to
   * that width instead of growing sideways.
   */
  static final class WidthTracking extends JPanel implements Scrollable {
    private static final long serialVersionUID = 1L;

    @Override
    public Dimension getPreferredScrollableViewportSize() {
      return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
      return 16;
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
      return Math.max(16, visible.height - 16);
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
      return true;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
      return false;
    }
  }
}
