package com.maemuki.bridgelink.service.analyze;

import java.util.ArrayList;
import java.util.List;

/** Left-aligned columns, two spaces apart, for the text report. */
final class TextTable {

  private final List<String[]> rows = new ArrayList<>();

  TextTable(String... header) {
    rows.add(header);
  }

  void row(String... cells) {
    rows.add(cells);
  }

  String render(String indent) {
    int columns = rows.get(0).length;
    int[] width = new int[columns];
    for (String[] r : rows) {
      for (int i = 0; i < columns; i++) {
        width[i] = Math.max(width[i], cell(r, i).length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int i = 0; i < columns; i++) {
        line.append(cell(r, i));
        if (i < columns - 1) {
          line.append(" ".repeat(width[i] - cell(r, i).length() + 2));
        }
      }
      sb.append(line.toString().stripTrailing()).append('\n');
    }
    return sb.toString();
  }

  private static String cell(String[] r, int i) {
    return i < r.length && r[i] != null ? r[i] : "-";
  }
}
