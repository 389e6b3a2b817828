package com.maemuki.bridgelink.service.cli.status;

import java.util.ArrayList;
import java.util.List;

/** Left-aligned columns two spaces apart, the last one unpadded (like {@code tailscale status}). */
final class Columns {
  private final List<String[]> rows = new ArrayList<>();

  void row(String... cells) {
    rows.add(cells);
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  /** The rows as lines, each prefixed with {@code indent} and ended with a newline. */
  String render(String indent) {
    int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
    int[] width = new int[columns];
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        width[i] = Math.max(width[i], cell(r, i).length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int i = 0; i < r.length; i++) {
        line.append(cell(r, i));
        if (i < r.length - 1) {
          line.append(" ".repeat(width[i] - cell(r, i).length() + 2));
        }
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  private static String cell(String[] r, int i) {
    return r[i] == null ? "-" : r[i];
  }
}
