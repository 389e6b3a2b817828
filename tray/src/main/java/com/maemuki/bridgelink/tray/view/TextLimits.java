package com.maemuki.bridgelink.tray.view;

/**
 * What one view can show: the longest tooltip and menu label it accepts. The model carries the
 * whole text; each view cuts it to its own limits, at a word boundary with an ellipsis, so no
 * toolkit ever gets a text it refuses (Dorkbox throws on a tooltip past 64 characters) and nothing
 * is silently lost without a visible "…".
 *
 * @param tooltip the longest tooltip, in UTF-16 units
 * @param label the longest menu label, in UTF-16 units
 */
public record TextLimits(int tooltip, int label) {
  private static final String ELLIPSIS = "\u2026";

  public TextLimits {
    if (tooltip < 2 || label < 2) {
      throw new IllegalArgumentException("limits too small: " + tooltip + ", " + label);
    }
  }

  /** The tooltip, one line, within the limit. */
  public String tooltip(String text) {
    return cut(text, tooltip);
  }

  /** A menu label, one line, within the limit. */
  public String label(String text) {
    return cut(text, label);
  }

  /**
   * One line of at most {@code max} characters: whitespace runs become one space; a longer text
   * ends at the last word boundary that fits (or mid-word when a single word is too long) plus an
   * ellipsis.
   */
  public static String cut(String text, int max) {
    String line = text == null ? "" : text.strip().replaceAll("\\s+", " ");
    if (line.length() <= max) {
      return line;
    }
    int end = max - ELLIPSIS.length();
    int space = line.lastIndexOf(' ', end);
    if (space > max / 2) {
      end = space;
    }
    if (end > 0 && Character.isHighSurrogate(line.charAt(end - 1))) {
      end--;
    }
    return line.substring(0, end).stripTrailing() + ELLIPSIS;
  }
}
