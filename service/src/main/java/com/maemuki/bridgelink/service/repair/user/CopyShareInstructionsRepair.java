package com.maemuki.bridgelink.service.repair.user;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.service.repair.Repair;
import com.maemuki.bridgelink.service.repair.RepairContext;
import com.maemuki.bridgelink.service.repair.RepairOutcome;
import com.maemuki.bridgelink.service.repair.RunsIn;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiClient;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiException;
import com.maemuki.bridgelink.tailscale.model.Status;
import com.maemuki.bridgelink.tailscale.model.UserProfile;
import com.maemuki.bridgelink.tailscale.parse.StatusJsonParser;
import com.maemuki.bridgelink.tailscale.parse.TailscaleParseException;
import java.util.Objects;

/**
 * {@code copy-share-instructions}: puts the steps for the peer's owner (guide 3.1–3.2, with this
 * machine's names and its user's login) on the clipboard and returns them in the message.
 */
public final class CopyShareInstructionsRepair implements Repair {

  private final LocalApiClient client;
  private final ClipboardWriter clipboard;

  public CopyShareInstructionsRepair(LocalApiClient client, ClipboardWriter clipboard) {
    this.client = Objects.requireNonNull(client, "client");
    this.clipboard = Objects.requireNonNull(clipboard, "clipboard");
  }

  @Override
  public String id() {
    return "copy-share-instructions";
  }

  @Override
  public String title() {
    return "Copy instructions for the computer's owner";
  }

  @Override
  public RunsIn runsIn() {
    return RunsIn.TRAY;
  }

  @Override
  public boolean appliesTo(Finding finding) {
    return finding.code() == FindingCode.PEER_NOT_IN_TAILNET
        || finding.code() == FindingCode.PEER_NOT_SHARED_BACK;
  }

  @Override
  public RepairOutcome run(RepairContext context) {
    Object param = context.params().get("peer");
    String peer =
        param instanceof String s && !s.isBlank()
            ? s
            : context.findingSubject().orElse("the shared computer");
    String machine = "";
    String login = "";
    String tailnet = "";
    try {
      Status status = StatusJsonParser.parse(client.status(false));
      machine =
          trimDot(
              status.self().dnsName().isEmpty()
                  ? status.self().hostName()
                  : status.self().dnsName());
      Long userId = status.self().userId();
      UserProfile user = userId == null ? null : status.users().get(userId);
      login = user == null ? "" : user.loginName();
      tailnet = status.currentTailnet() == null ? "" : status.currentTailnet().name();
    } catch (LocalApiException | TailscaleParseException e) {
      // The text is still useful without this machine's names; say so below.
    }
    String text = new ShareInstructions(peer, machine, login, tailnet).text();
    clipboard.copy(text);
    return RepairOutcome.done(text);
  }

  private static String trimDot(String name) {
    return name != null && name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
  }
}
