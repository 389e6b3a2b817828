package com.maemuki.bridgelink.tailscale.repair;

import com.maemuki.bridgelink.tailscale.localapi.LocalApiClient;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiException;
import com.maemuki.bridgelink.tailscale.model.Prefs;
import com.maemuki.bridgelink.tailscale.model.Status;
import com.maemuki.bridgelink.tailscale.model.UserProfile;
import com.maemuki.bridgelink.tailscale.parse.PrefsJsonParser;
import com.maemuki.bridgelink.tailscale.parse.StatusJsonParser;
import com.maemuki.bridgelink.tailscale.parse.TailscaleParseException;
import java.util.Objects;

/**
 * {@code copy-share-instructions}: puts the steps for the peer's owner (guide 3.1–3.2, with this
 * machine's names and its user's login) on the clipboard and returns them as the result's text.
 *
 * <p>The login comes from prefs ({@code Config.UserProfile.LoginName}): {@code status?peers=false}
 * has no {@code User} map before v1.100 ({@code ipn/ipnlocal/local.go updateStatusLocked} adds the
 * self user only since then), so status is only the fallback.
 */
final class CopyShareInstructionsRepair implements UserRepair {

  static final String COPIED = "Copied the instructions for the computer's owner to the clipboard.";

  private final SessionOpener sessions;
  private final ClipboardWriter clipboard;

  CopyShareInstructionsRepair(SessionOpener sessions, ClipboardWriter clipboard) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.clipboard = Objects.requireNonNull(clipboard, "clipboard");
  }

  @Override
  public UserRepairId id() {
    return UserRepairId.COPY_SHARE_INSTRUCTIONS;
  }

  @Override
  public UserRepairResult run(UserRepairRequest request) {
    String peer = request.subjectOrKeySubject().orElse("the shared computer");
    String machine = "";
    String login = "";
    String tailnet = "";
    try (UserSession session = sessions.open(request.deadline())) {
      Prefs prefs = PrefsJsonParser.parse(session.call(LocalApiClient::prefs));
      Status status = StatusJsonParser.parse(session.<String>call(client -> client.status(false)));
      machine =
          trimDot(
              status.self().dnsName().isEmpty()
                  ? status.self().hostName()
                  : status.self().dnsName());
      Long userId = status.self().userId();
      UserProfile user = userId == null ? null : status.users().get(userId);
      login =
          prefs.loginName() != null && !prefs.loginName().isBlank()
              ? prefs.loginName()
              : user == null ? "" : user.loginName();
      tailnet = status.currentTailnet() == null ? "" : status.currentTailnet().name();
    } catch (SessionException | LocalApiException | TailscaleParseException e) {
      // The text is still useful without this machine's names; ShareInstructions says so.
    }
    String text = new ShareInstructions(peer, machine, login, tailnet).text();
    clipboard.copy(text);
    return UserRepairResult.done(COPIED).withText(text);
  }

  private static String trimDot(String name) {
    return name != null && name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
  }
}
