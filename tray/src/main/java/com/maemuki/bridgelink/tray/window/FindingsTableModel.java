package com.maemuki.bridgelink.tray.window;

import com.maemuki.bridgelink.tray.model.FindingStatus;
import java.util.List;
import java.util.Locale;

/** The findings table: severity, what, about, what to do. */
final class FindingsTableModel extends RowsTableModel<FindingStatus> {
  private static final long serialVersionUID = 1L;

  FindingsTableModel() {
    super(
        List.of(
            new Column<>("Severity", finding -> finding.severity().name().toLowerCase(Locale.ROOT)),
            new Column<>("Finding", FindingStatus::title),
            new Column<>("About", finding -> finding.subject() == null ? "" : finding.subject()),
            new Column<>("What to do", FindingStatus::remedy)));
  }
}
