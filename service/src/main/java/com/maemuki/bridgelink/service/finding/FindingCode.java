package com.maemuki.bridgelink.service.finding;

import com.maemuki.bridgelink.service.observation.SourceNames;
import java.time.Duration;
import java.util.List;

/**
 * The catalog (DESIGN.md, "Findings"). Each code is stable: scripts, metrics and the tray key on
 * it. The title and remedy are the plain words shown to people; a check adds the measured facts as
 * the finding's detail. {@code repair} names the one-click repair, or is null when none exists.
 */
public enum FindingCode {
  DAEMON_NOT_INSTALLED(
      "daemon-not-installed",
      Severity.CRITICAL,
      "Tailscale is not installed",
      "Install Tailscale on this machine, then sign in.",
      null,
      Fixer.TAILNET_ADMIN),
  DAEMON_STOPPED(
      "daemon-stopped",
      Severity.CRITICAL,
      "The Tailscale service is not running",
      "Start the Tailscale service.",
      "restart-tailscale",
      Fixer.SERVICE),
  DAEMON_UNRESPONSIVE(
      "daemon-unresponsive",
      Severity.CRITICAL,
      "The Tailscale service does not answer",
      "Restart the Tailscale service; if it keeps happening, create a diagnostics bundle.",
      "restart-tailscale",
      Fixer.SERVICE),
  DAEMON_STARTING(
      "daemon-starting",
      Severity.WARNING,
      "Tailscale is starting",
      "Wait a moment: the Tailscale service is starting (its network adapter can take a while to"
          + " come up). If it stays like this for minutes, restart the Tailscale service.",
      null,
      Fixer.NOBODY),
  NEEDS_LOGIN(
      "needs-login",
      Severity.CRITICAL,
      "Tailscale is signed out",
      "Sign in to Tailscale again (the login has expired or was never completed).",
      "reauth",
      Fixer.TRAY_USER),
  EMPTY_PROFILE(
      "empty-profile",
      Severity.CRITICAL,
      "Tailscale is off: nobody is signed in and Run Unattended is off",
      "Sign in to Windows as the Tailscale profile's owner, open Tailscale and turn on Run"
          + " Unattended (Preferences → Run unattended), so Tailscale stays connected when nobody is"
          + " signed in. Do not sign in to Tailscale from another account: that makes a new profile.",
      null,
      Fixer.TRAY_USER),
  NEEDS_MACHINE_AUTH(
      "needs-machine-auth",
      Severity.CRITICAL,
      "This machine waits for approval by the tailnet admin",
      "Ask the tailnet admin to approve this machine in the admin console.",
      "open-admin-console",
      Fixer.TAILNET_ADMIN),
  BACKEND_STOPPED(
      "backend-stopped",
      Severity.CRITICAL,
      "Tailscale is switched off",
      "Connect Tailscale again (it was disconnected with 'tailscale down' or the app).",
      "tailscale-up",
      Fixer.TRAY_USER),
  KEY_EXPIRING(
      "key-expiring",
      Severity.WARNING,
      "This machine's Tailscale key expires soon",
      "Sign in again before the key expires, or disable key expiry for this machine in the admin"
          + " console.",
      "reauth",
      Fixer.TRAY_USER),
  KEY_EXPIRED(
      "key-expired",
      Severity.CRITICAL,
      "This machine's Tailscale key has expired",
      "Sign in to Tailscale again.",
      "reauth",
      Fixer.TRAY_USER),
  PEER_NOT_IN_TAILNET(
      "peer-not-in-tailnet",
      Severity.CRITICAL,
      "The shared computer is not visible in this tailnet",
      "Ask its owner to share it again (Share → invite link) and accept the invite here; invites"
          + " expire after 7 days and shares can be revoked.",
      "copy-share-instructions",
      Fixer.PEER_OWNER),
  PEER_NOT_SHARED_BACK(
      "peer-not-shared-back",
      Severity.CRITICAL,
      "The other computer is not shared with you",
      "You shared your computer to them; they have not shared theirs with you (or revoked it)."
          + " Ask its owner to share it back: admin console → Machines → their computer → Share →"
          + " your email (step 7 of the guide: the same steps with roles reversed), then accept the"
          + " invite here.",
      "copy-share-instructions",
      Fixer.PEER_OWNER),
  PEER_OFFLINE(
      "peer-offline",
      Severity.CRITICAL,
      "The shared computer is offline",
      "Ask its owner to check that the computer is on, awake and signed in to Tailscale.",
      null,
      Fixer.PEER_OWNER),
  PEER_UNREACHABLE(
      "peer-unreachable",
      Severity.CRITICAL,
      "The shared computer does not answer Tailscale pings",
      "Ask its owner to check that the computer is on, awake and connected to Tailscale: a"
          + " Tailscale ping is answered by Tailscale itself, before any firewall, so no reply means"
          + " its Tailscale cannot be reached.",
      null,
      Fixer.PEER_OWNER),
  PEER_KEY_EXPIRING(
      "peer-key-expiring",
      Severity.WARNING,
      "The shared computer's Tailscale key expires soon",
      "Ask its owner to sign in again or disable key expiry for that machine.",
      null,
      Fixer.PEER_OWNER),
  PEER_KEY_EXPIRED(
      "peer-key-expired",
      Severity.CRITICAL,
      "The shared computer's Tailscale key has expired",
      "Ask its owner to sign in to Tailscale again on that computer.",
      null,
      Fixer.PEER_OWNER),
  PEER_PORT_CLOSED(
      "peer-port-closed",
      Severity.CRITICAL,
      "Nothing listens on the application port on the shared computer",
      "Ask its owner to start the application (or check the port it uses): their computer"
          + " answered and refused the connection, so the link and the firewalls are fine.",
      null,
      Fixer.PEER_OWNER),
  PEER_PORT_UNREACHABLE(
      "peer-port-unreachable",
      Severity.CRITICAL,
      "The application port on the shared computer cannot be reached",
      "Something drops the connection silently: the peer's firewall (ask its owner to allow the"
          + " port from Tailscale), the tailnet's access controls (ACLs, in the admin console), or"
          + " Tailscale's shields-up on the peer (ask its owner to turn it off).",
      null,
      Fixer.PEER_OWNER),
  LOCAL_PORT_NOT_LISTENING(
      "local-port-not-listening",
      Severity.WARNING,
      "Nothing on this machine listens on the application port",
      "Start the application on this machine (or check the port it is configured to use).",
      null,
      Fixer.NOBODY),
  LOCAL_PORT_BLOCKED(
      "local-port-blocked",
      Severity.CRITICAL,
      "Windows Firewall blocks the application port from Tailscale",
      "Allow the port from Tailscale addresses (one click adds a rule limited to the Tailscale"
          + " network).",
      "open-inbound-port",
      Fixer.SERVICE),
  ICMP_BLOCKED(
      "icmp-blocked",
      Severity.INFO,
      "Windows Firewall does not answer ping from Tailscale",
      "Allow ping from Tailscale addresses so the other side can test the link with 'ping'.",
      "allow-ping",
      Fixer.SERVICE),
  ADAPTER_PUBLIC_PROFILE(
      "adapter-public-profile",
      Severity.WARNING,
      "The Tailscale network adapter is marked Public",
      "Mark the Tailscale adapter Private, so Tailscale's own firewall rule applies.",
      "set-adapter-private",
      Fixer.SERVICE),
  PATH_RELAYED(
      "path-relayed",
      Severity.WARNING,
      "Traffic to the shared computer is relayed (DERP), not direct",
      "The link works but is slower. A router or carrier NAT blocks a direct path; allowing UDP"
          + " 41641 outbound or enabling UPnP on either side usually helps.",
      null,
      Fixer.NOBODY),
  UDP_BLOCKED(
      "udp-blocked",
      Severity.WARNING,
      "UDP is blocked on this network",
      "Allow outbound UDP (port 41641 and 3478) on this network; until then traffic is relayed.",
      null,
      Fixer.NOBODY),
  HARD_NAT(
      "hard-nat",
      Severity.INFO,
      "This network's NAT makes direct connections hard",
      "Direct paths may fail behind this NAT (mapping varies by destination); enable UPnP/NAT-PMP"
          + " on the router or accept relayed traffic.",
      null,
      Fixer.NOBODY),
  MAGICDNS_DISABLED(
      "magicdns-disabled",
      Severity.WARNING,
      "MagicDNS is off in this tailnet",
      "Turn on MagicDNS in the admin console (DNS page), or use the peer's Tailscale IP.",
      "open-admin-console",
      Fixer.TAILNET_ADMIN),
  DNS_NOT_ACCEPTED(
      "dns-not-accepted",
      Severity.WARNING,
      "This machine ignores Tailscale's DNS settings",
      "Accept Tailscale DNS on this machine (same as 'tailscale set --accept-dns=true').",
      "accept-dns",
      Fixer.TRAY_USER),
  PEER_NAME_UNRESOLVED(
      "peer-name-unresolved",
      Severity.WARNING,
      "The shared computer's name does not resolve",
      "Use the Tailscale IP for now; accept Tailscale DNS and make sure MagicDNS is on.",
      "accept-dns",
      Fixer.TRAY_USER),
  UNATTENDED_OFF(
      "unattended-off",
      Severity.WARNING,
      "Tailscale disconnects when the user signs out",
      "Turn on 'Run unattended' so the link stays up with nobody signed in.",
      "enable-unattended",
      Fixer.TRAY_USER),
  TAILSCALE_HEALTH(
      "tailscale-health",
      Severity.WARNING,
      "Tailscale reports a problem",
      "Read Tailscale's own message below; it usually names the fix.",
      null,
      Fixer.NOBODY),
  CONFIG_INVALID(
      "config-invalid",
      Severity.WARNING,
      "The Bridge Link configuration is invalid",
      "Correct the named field; the last good configuration stays in use until then.",
      null,
      Fixer.TAILNET_ADMIN),
  SOURCE_UNAVAILABLE(
      "source-unavailable",
      Severity.WARNING,
      "Bridge Link cannot read part of the link's state",
      "See the cause below; the findings that depend on it are unknown until it recovers.",
      null,
      Fixer.NOBODY);

  private final String code;
  private final Severity severity;
  private final String title;
  private final String remedy;
  private final String repair;
  private final Fixer fixer;

  FindingCode(
      String code, Severity severity, String title, String remedy, String repair, Fixer fixer) {
    this.code = code;
    this.severity = severity;
    this.title = title;
    this.remedy = remedy;
    this.repair = repair;
    this.fixer = fixer;
  }

  /** The stable kebab-case code, e.g. {@code "peer-offline"}. */
  public String code() {
    return code;
  }

  /** The default severity; a check may raise or lower it with a reason in the detail. */
  public Severity severity() {
    return severity;
  }

  public String title() {
    return title;
  }

  public String remedy() {
    return remedy;
  }

  /** The one-click repair id, or null. */
  public String repair() {
    return repair;
  }

  public Fixer fixer() {
    return fixer;
  }

  /**
   * How long the condition must have lasted before it is raised at all, on top of the configured
   * damping. A relayed path is normal for the first seconds of a conversation with an idle peer:
   * magicsock sends through DERP while its disco pings look for the direct path, and the status
   * shows "active, no CurAddr" meanwhile (seen on real tailscaled in the lab: 2–4 s under load).
   * Name resolution and tailscaled's own health messages settle within seconds of a reconnect.
   */
  public Duration minimumDuration() {
    return switch (this) {
      case PATH_RELAYED -> Duration.ofSeconds(15);
      // Right after tailscaled reconnects its DNS settings and DERP connection take a few
      // seconds to come back; the real tailnet showed names failing and "could not connect to
      // the relay server" for 1-3 s after every `up`.
      case PEER_NAME_UNRESOLVED, TAILSCALE_HEALTH -> Duration.ofSeconds(10);
      default -> Duration.ZERO;
    };
  }

  /**
   * The sources this finding's data comes from ({@link SourceNames}): flap damping counts a
   * sighting only when one of them ran again, a finding awaiting confirmation re-runs them, and a
   * repair's re-check runs them afresh. {@code source-unavailable} is about the source its subject
   * names ({@link Finding#sources()}), so it lists none here.
   */
  public List<String> sources() {
    return switch (this) {
      case DAEMON_NOT_INSTALLED, DAEMON_STOPPED, DAEMON_UNRESPONSIVE, DAEMON_STARTING ->
          List.of(SourceNames.DAEMON, SourceNames.STATUS);
      case PEER_OFFLINE -> List.of(SourceNames.STATUS, SourceNames.PROBES);
      case DNS_NOT_ACCEPTED, UNATTENDED_OFF -> List.of(SourceNames.PREFS);
      case EMPTY_PROFILE -> List.of(SourceNames.STATUS, SourceNames.PREFS, SourceNames.PROFILE);
      case PEER_PORT_UNREACHABLE, PEER_PORT_CLOSED -> List.of(SourceNames.PROBES);
      case LOCAL_PORT_NOT_LISTENING -> List.of(SourceNames.LOCAL_PORTS);
      case LOCAL_PORT_BLOCKED, ICMP_BLOCKED, ADAPTER_PUBLIC_PROFILE ->
          List.of(SourceNames.FIREWALL);
      case PEER_NAME_UNRESOLVED -> List.of(SourceNames.DNS);
      case CONFIG_INVALID -> List.of(SourceNames.CONFIG);
      case SOURCE_UNAVAILABLE -> List.of();
      default -> List.of(SourceNames.STATUS);
    };
  }

  /**
   * Whether a clock jump (sleep and resume) can fake this finding: the "offline" kinds, which the
   * monitor holds back during the resume grace period because the network needs a moment after a
   * resume.
   */
  public boolean heldBackAfterResume() {
    return switch (this) {
      case PEER_OFFLINE,
          PEER_PORT_UNREACHABLE,
          PEER_NOT_IN_TAILNET,
          PEER_NOT_SHARED_BACK,
          PEER_NAME_UNRESOLVED,
          PATH_RELAYED,
          DAEMON_UNRESPONSIVE,
          SOURCE_UNAVAILABLE ->
          true;
      default -> false;
    };
  }

  /** Looks a code up by its kebab-case name; null when unknown. */
  public static FindingCode byCode(String code) {
    for (FindingCode c : values()) {
      if (c.code.equals(code)) {
        return c;
      }
    }
    return null;
  }
}
