package com.maemuki.bridgelink.tailscale.repair;

import java.util.Objects;

/**
 * The text for the peer's owner: steps 3.1–3.2 of the cross-tailnet guide, filled in with this
 * machine's names, ready to paste into a message.
 *
 * @param peerName the shared computer as configured here ("office-pc")
 * @param thisMachine this machine's MagicDNS name or host name
 * @param thisUserLogin the login (e-mail) of this machine's Tailscale user: the address to invite
 * @param thisTailnet this machine's tailnet name, or empty
 */
record ShareInstructions(
    String peerName, String thisMachine, String thisUserLogin, String thisTailnet) {

  public ShareInstructions {
    Objects.requireNonNull(peerName, "peerName");
    thisMachine = thisMachine == null ? "" : thisMachine;
    thisUserLogin =
        thisUserLogin == null || thisUserLogin.isBlank()
            ? "(the Bridge's Tailscale e-mail)"
            : thisUserLogin;
    thisTailnet = thisTailnet == null ? "" : thisTailnet;
  }

  public String text() {
    String tailnet = thisTailnet.isEmpty() ? "" : " (tailnet " + thisTailnet + ")";
    return String.join(
        "\n",
        "Please share your computer \""
            + peerName
            + "\" with the Maemuki Bridge \""
            + thisMachine
            + "\".",
        "",
        "On your side (the computer's owner):",
        "1. Open the admin console: https://login.tailscale.com/admin/machines",
        "2. Find \"" + peerName + "\" in the Machines list.",
        "3. Click the three-dot menu (⋮) on its row and select Share.",
        "4. Enter " + thisUserLogin + " and click Send invite.",
        "",
        "On the Bridge's side (" + thisUserLogin + tailnet + "):",
        "5. Open the invitation e-mail from Tailscale and click the acceptance link.",
        "6. Log in to the Tailscale console if prompted; \""
            + peerName
            + "\" then appears in the"
            + " Machines list with a Shared badge.",
        "",
        "The invitation expires after 7 days if not accepted; a new one can be sent at any time.");
  }
}
