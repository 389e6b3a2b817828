package com.maemuki.bridgelink.tray.window;

import java.util.List;
import java.util.function.Function;
import javax.swing.table.AbstractTableModel;

/**
 * A read-only table of rows of one type, each column a name and how to show a row in it. The status
 * window's tables differ only in their columns.
 */
class RowsTableModel<T> extends AbstractTableModel {
  private static final long serialVersionUID = 1L;

  /** One column: its header and the cell it shows for a row. */
  record Column<T>(String name, Function<T, Object> cell) {}

  private final transient List<Column<T>> columns;
  private transient List<T> rows = List.of();

  RowsTableModel(List<Column<T>> columns) {
    this.columns = List.copyOf(columns);
  }

  /** Replaces every row (on the Swing thread). */
  final void set(List<T> next) {
    rows = List.copyOf(next);
    fireTableDataChanged();
  }

  final T at(int row) {
    return rows.get(row);
  }

  @Override
  public final int getRowCount() {
    return rows.size();
  }

  @Override
  public final int getColumnCount() {
    return columns.size();
  }

  @Override
  public final String getColumnName(int column) {
    return columns.get(column).name();
  }

  @Override
  public final Object getValueAt(int row, int column) {
    return columns.get(column).cell().apply(rows.get(row));
  }
}
