package com.maemuki.bridgelink.tailscale.parse;

import com.maemuki.bridgelink.tailscale.model.BackendState;
import com.maemuki.bridgelink.tailscale.model.PeerStatus;
import com.maemuki.bridgelink.tailscale.model.StatusText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@code tailscale status} text (tailscale-formats.md §8.1): the tab-aligned node table
 * (columns separated by two or more spaces, trailing spaces, optional {@code --header}), or the
 * one-line states printed instead ({@code Tailscale is stopped.}, {@code Logged out.}, {@code
 * Machine is not yet approved…}, {@code unexpected state: …}, a daemon that cannot be reached),
 * with {@code # Health check:} lines.
 */
public final class StatusTextParser {

  private static final Pattern COLUMNS = Pattern.compile("\\s{2,}|\\t+");
  private static final Pattern IP =
      Pattern.compile("^(?:\\d{1,3}(?:\\.\\d{1,3}){3}|[0-9a-fA-F:]*:[0-9a-fA-F:.]+)$");
  private static final Pattern RELAY = Pattern.compile("relay \"([^\"]*)\"");
  private static final Pattern DIRECT = Pattern.compile("direct (\\S+?),?(?:\\s|$)");
  private static final Pattern PEER_RELAY = Pattern.compile("peer-relay (\\S+?),?(?:\\s|$)");
  private static final Pattern TRAFFIC = Pattern.compile("tx (\\d+) rx (\\d+)");
  private static final Pattern HEALTH = Pattern.compile("^#\\s+-\\s+(.*)$");

  private StatusTextParser() {}

  public static StatusText parse(byte[] body) throws TailscaleParseException {
    return parse(TextDecoding.decode(body));
  }

  public static StatusText parse(String text) throws TailscaleParseException {
    BackendState state = null;
    String authUrl = null;
    String daemonError = null;
    List<String> health = new ArrayList<>();
    List<PeerStatus> nodes = new ArrayList<>();
    for (TranscriptLines.Line line : TranscriptLines.clean(text)) {
      if (line.isCommand()) {
        continue;
      }
      String l = line.text().trim();
      Matcher m;
      if (l.isEmpty() || l.equals("# Health check:") || l.startsWith("# To see the full list")) {
        continue;
      }
      if ((m = HEALTH.matcher(l)).matches()) {
        health.add(m.group(1).trim());
      } else if (l.equals("Tailscale is stopped.")) {
        state = BackendState.STOPPED;
      } else if (l.equals("Logged out.")) {
        state = BackendState.NEEDS_LOGIN;
      } else if (l.startsWith("Log in at:")) {
        authUrl = l.substring("Log in at:".length()).trim();
        state = BackendState.NEEDS_LOGIN;
      } else if (l.startsWith("Machine is not yet approved")) {
        state = BackendState.NEEDS_MACHINE_AUTH;
      } else if (l.startsWith("unexpected state:")) {
        state = BackendState.fromName(l.substring("unexpected state:".length()));
      } else if (l.startsWith("failed to connect to local tailscale")
          || l.startsWith("Failed to connect to local Tailscale daemon")) {
        daemonError = l;
      } else {
        PeerStatus row = row(line.text());
        if (row != null) {
          nodes.add(row);
        }
      }
    }
    if (state == null && daemonError == null && nodes.isEmpty() && health.isEmpty()) {
      throw new TailscaleParseException(
          "not tailscale status text: no node rows (IP  name  owner  OS  status) or state line");
    }
    if (state == null) {
      state = nodes.isEmpty() ? BackendState.UNKNOWN : BackendState.RUNNING;
    }
    return new StatusText(state, authUrl, health, daemonError, nodes);
  }

  /** One table row, or null for headers and lines that are not rows. */
  private static PeerStatus row(String raw) {
    String trimmed = raw.strip();
    boolean noIp = !raw.isEmpty() && Character.isWhitespace(raw.charAt(0));
    List<String> cols = new ArrayList<>(Arrays.asList(COLUMNS.split(trimmed)));
    if (noIp) {
      cols.add(0, "");
    }
    if (cols.size() < 4 || (!cols.get(0).isEmpty() && !IP.matcher(cols.get(0)).matches())) {
      return null;
    }
    String ip = cols.get(0);
    String host = cols.get(1);
    String os = cols.get(3);
    String status = cols.size() > 4 ? String.join("  ", cols.subList(4, cols.size())).trim() : "";
    PeerStatus.Builder b =
        PeerStatus.builder().os(os).tailscaleIps(ip.isEmpty() ? List.of() : List.of(ip));
    if (host.startsWith("(\"") && host.endsWith("\")")) {
      b.hostName(host.substring(2, host.length() - 2));
    } else if (host.contains(".")) {
      b.dnsName(host + ".");
    } else {
      b.hostName(host);
    }
    applyStatus(b, status);
    return b.build();
  }

  private static void applyStatus(PeerStatus.Builder b, String status) {
    boolean offline = status.startsWith("offline") || status.contains("; offline");
    b.online(!status.isEmpty() ? !offline : null);
    boolean active = status.startsWith("active");
    b.active(status.isEmpty() ? null : active);
    b.exitNode(status.contains("; exit node") || status.startsWith("active; exit node"));
    b.exitNodeOption(status.contains("offers exit node"));
    Matcher m;
    if (active && (m = RELAY.matcher(status)).find()) {
      b.relay(m.group(1));
    }
    if (active && (m = PEER_RELAY.matcher(status)).find()) {
      b.peerRelay(m.group(1));
    } else if (active && (m = DIRECT.matcher(status)).find()) {
      b.curAddr(m.group(1));
    }
    if ((m = TRAFFIC.matcher(status)).find()) {
      b.txBytes(Long.parseLong(m.group(1))).rxBytes(Long.parseLong(m.group(2)));
    }
  }
}
