package com.maemuki.bridgelink.tray.window;

import com.maemuki.bridgelink.tray.model.FindingDetail;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;

/**
 * The selected finding, whole: title, the measured facts, the remedy, who can fix it, and a Fix
 * button when this user may run the repair (the menu's rule). The button runs the repair through
 * the menu's path and then shows the result text the service (or the user repair) returned. All on
 * the Swing thread.
 */
final class FindingDetailPane {
  static final String NOTHING_SELECTED = "Select a finding to see its details.";
  static final String NO_LONGER_ACTIVE = "This problem is no longer active.";

  private final Function<FindingDetail, CompletableFuture<String>> repair;
  private final JPanel panel = new JPanel(new BorderLayout());
  private final JTextArea title = WrappingText.area(true);
  private final JTextArea facts = WrappingText.area(false);
  private final JTextArea remedy = WrappingText.area(false);
  private final JTextArea whoFixes = WrappingText.area(false);
  private final JButton fix = new JButton();
  private final JTextArea result = WrappingText.area(false);
  // The last result per finding key, so it is still there after another finding was looked at.
  private final Map<String, String> results = new HashMap<>();
  private String key;
  private FindingDetail shown;

  /**
   * @param repair runs a detail's Fix command; completes with the text for the user
   */
  FindingDetailPane(Function<FindingDetail, CompletableFuture<String>> repair) {
    this.repair = repair;
    WrappingText.WidthTracking body = new WrappingText.WidthTracking();
    body.setLayout(new GridBagLayout());
    body.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
    int row = 0;
    row = add(body, row, null, title);
    row = add(body, row, "Measured", facts);
    row = add(body, row, "What to do", remedy);
    row = add(body, row, "Who can fix it", whoFixes);
    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 0));
    buttons.add(fix);
    fix.addActionListener(e -> runFix());
    GridBagConstraints c = constraints(row++);
    c.fill = GridBagConstraints.NONE;
    c.anchor = GridBagConstraints.WEST;
    body.add(buttons, c);
    row = add(body, row, null, result);
    GridBagConstraints filler = constraints(row);
    filler.weighty = 1;
    body.add(new JPanel(), filler);
    panel.add(new JScrollPane(body), BorderLayout.CENTER);
    clear();
  }

  private static int add(JPanel body, int row, String heading, JTextArea text) {
    if (heading != null) {
      JLabel label = new JLabel(heading);
      label.setFont(label.getFont().deriveFont(java.awt.Font.BOLD));
      GridBagConstraints c = constraints(row++);
      c.insets = new Insets(8, 0, 2, 0);
      body.add(label, c);
    }
    body.add(text, constraints(row++));
    return row;
  }

  private static GridBagConstraints constraints(int row) {
    GridBagConstraints c = new GridBagConstraints();
    c.gridx = 0;
    c.gridy = row;
    c.weightx = 1;
    c.fill = GridBagConstraints.HORIZONTAL;
    c.anchor = GridBagConstraints.NORTHWEST;
    return c;
  }

  JPanel component() {
    return panel;
  }

  /** Shows a finding ({@code key} is its {@code code/subject}). */
  void show(String findingKey, FindingDetail detail) {
    key = findingKey;
    shown = detail;
    title.setText(detail.title());
    facts.setText(detail.facts());
    remedy.setText(detail.remedy());
    whoFixes.setText(detail.whoFixes());
    fix.setVisible(detail.fixLabel() != null);
    fix.setText(detail.fixLabel() == null ? "" : detail.fixLabel());
    result.setText(results.getOrDefault(findingKey, ""));
    panel.revalidate();
  }

  /** No finding selected. */
  void clear() {
    key = null;
    shown = null;
    title.setText(NOTHING_SELECTED);
    facts.setText("");
    remedy.setText("");
    whoFixes.setText("");
    fix.setVisible(false);
    result.setText("");
  }

  /**
   * The finding shown is gone from the snapshot (often: the Fix worked). Its text and the Fix's
   * result stay readable; only the button goes.
   */
  void markGone() {
    if (key == null) {
      return;
    }
    fix.setVisible(false);
    String before = results.getOrDefault(key, "");
    result.setText(before.isEmpty() ? NO_LONGER_ACTIVE : before + "\n" + NO_LONGER_ACTIVE);
  }

  /** The key of the finding shown, or null. */
  String shownKey() {
    return key;
  }

  private void runFix() {
    FindingDetail detail = shown;
    String findingKey = key;
    if (detail == null || detail.command() == null) {
      return;
    }
    fix.setEnabled(false);
    results.put(findingKey, "Running: " + detail.fixLabel().replaceFirst("^Fix: ", "") + "…");
    result.setText(results.get(findingKey));
    repair
        .apply(detail)
        .whenComplete(
            (message, failure) ->
                SwingUtilities.invokeLater(
                    () -> {
                      Throwable cause =
                          failure instanceof CompletionException ? failure.getCause() : failure;
                      String text =
                          cause == null
                              ? message
                              : "Failed: "
                                  + (cause.getMessage() == null
                                      ? cause.toString()
                                      : cause.getMessage());
                      results.put(findingKey, text);
                      fix.setEnabled(true);
                      if (findingKey.equals(key)) {
                        result.setText(text);
                      }
                    }));
  }

  // For the tests and the screenshot: what a person reads in the pane.
  String titleText() {
    return title.getText();
  }

  String factsText() {
    return facts.getText();
  }

  String remedyText() {
    return remedy.getText();
  }

  String whoFixesText() {
    return whoFixes.getText();
  }

  String resultText() {
    return result.getText();
  }

  JTextArea factsArea() {
    return facts;
  }

  JButton fixButton() {
    return fix;
  }
}
