package com.maemuki.bridgelink.tray.model;

/**
 * A finding as the status window's detail pane shows it: every text whole (the pane wraps, never
 * cuts), and whether it has a Fix button.
 *
 * @param title severity, the full title and its subject
 * @param facts the measured facts ("" when the service sent none)
 * @param remedy what to do
 * @param whoFixes who can fix it, in words
 * @param offer whether a Fix button is shown, or why not
 * @param fixLabel the Fix button's words, null without one
 * @param command what the Fix button runs (the menu's command), null without one
 */
public record FindingDetail(
    String title,
    String facts,
    String remedy,
    String whoFixes,
    RepairAccess.Offer offer,
    String fixLabel,
    TrayCommand command) {

  /** The detail of a finding for a user with this access. */
  public static FindingDetail of(FindingStatus finding, RepairAccess access) {
    RepairAccess.Offer offer = access.offer(finding);
    boolean fix = offer == RepairAccess.Offer.FIX;
    String subject = finding.subject() == null ? "" : " (" + finding.subject() + ")";
    String who =
        offer == RepairAccess.Offer.NOT_PROFILE_OWNER
            ? whoFixes(finding.fixer()) + " " + RepairAccess.NOT_PROFILE_OWNER
            : whoFixes(finding.fixer());
    return new FindingDetail(
        TrayPresenter.severityWord(finding.severity()) + finding.title() + subject,
        finding.detail().isBlank() ? "No measurements were reported." : finding.detail().strip(),
        finding.remedy().isBlank() ? "Nothing to do." : finding.remedy().strip(),
        who,
        offer,
        fix ? access.fixLabel(finding) : null,
        fix ? TrayPresenter.repairCommand(finding) : null);
  }

  static String whoFixes(String fixer) {
    switch (fixer == null ? "" : fixer) {
      case "service":
        return "The Bridge Link service can fix this.";
      case "tray-user":
        return "You can fix this from this computer.";
      case "peer-owner":
        return "The owner of the shared computer must fix this.";
      case "tailnet-admin":
        return "An admin of your tailnet must fix this.";
      default:
        return "Nobody can fix this from here.";
    }
  }
}
