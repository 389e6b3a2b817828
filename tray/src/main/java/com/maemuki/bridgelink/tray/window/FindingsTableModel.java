package com.maemuki.bridgelink.tray.window;

import com.maemuki.bridgelink.tray.model.FindingStatus;
import java.util.List;
import java.util.Locale;
import javax.swing.table.AbstractTableModel;

/** The findings table: severity, what, about, what to do. */
final class FindingsTableModel extends AbstractTableModel {
  private static final long serialVersionUID = 1L;
  private static final String[] COLUMNS = {"Severity", "Finding", "About", "What to do"};
  private transient List<FindingStatus> findings = List.of();

  void set(List<FindingStatus> next) {
    findings = List.copyOf(next);
    fireTableDataChanged();
  }

  @Override
  public int getRowCount() {
    return findings.size();
  }

  @Override
  public int getColumnCount() {
    return COLUMNS.length;
  }

  @Override
  public String getColumnName(int column) {
    return COLUMNS[column];
  }

  @Override
  public Object getValueAt(int row, int column) {
    FindingStatus finding = findings.get(row);
    switch (column) {
      case 0:
        return finding.severity().name().toLowerCase(Locale.ROOT);
      case 1:
        return finding.title();
      case 2:
        return finding.subject() == null ? "" : finding.subject();
      default:
        return finding.remedy();
    }
  }
}
