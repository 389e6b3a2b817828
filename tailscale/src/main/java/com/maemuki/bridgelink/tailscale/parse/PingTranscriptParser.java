package com.maemuki.bridgelink.tailscale.parse;

import com.maemuki.bridgelink.tailscale.model.BackendState;
import com.maemuki.bridgelink.tailscale.model.PingAttempt;
import com.maemuki.bridgelink.tailscale.model.PingTranscript;
import com.maemuki.bridgelink.tailscale.model.PingVia;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@code tailscale ping} output (tailscale-formats.md §8.2), including several pings pasted
 * together. The target of each ping is the argument of the preceding {@code tailscale ping …}
 * command line when the paste has one, else the replying node's name (a timeout's IP is attributed
 * to the node that IP belongs to, when a reply names it).
 */
public final class PingTranscriptParser {

  private static final Pattern PONG =
      Pattern.compile("^pong from (\\S+) \\(([^,)]+)(?:,\\s*(\\d+))?\\) via (.+?) in (\\S+)\\s*$");
  private static final Pattern TIMED_OUT = Pattern.compile("^ping \"([^\"]*)\" timed out$");
  private static final Pattern LOCAL_IP = Pattern.compile("^(\\S+) is local Tailscale IP$");
  private static final Pattern PEERAPI =
      Pattern.compile("^hit peerapi of (\\S+) \\(([^)]*)\\) at (\\S+) in (\\S+)$");
  private static final Pattern LOOKUP_ERROR =
      Pattern.compile("^error looking up IP of \"([^\"]*)\".*$");
  private static final Pattern DERP_VIA = Pattern.compile("^DERP\\(([^)]*)\\)$");
  private static final Pattern PEER_RELAY_VIA = Pattern.compile("^peer-relay\\(([^)]*)\\)$");

  /** Flags that take their value as the next argument ({@code -c 3}); the rest are booleans. */
  private static final Set<String> VALUE_FLAGS = Set.of("c", "timeout", "size", "socket");

  private static final List<String> SUMMARY_ERRORS =
      List.of(
          "direct connection not established", "no reply", "no matching peer", "context canceled");

  private PingTranscriptParser() {}

  public static PingTranscript parse(byte[] body) throws TailscaleParseException {
    return parse(TextDecoding.decode(body));
  }

  public static PingTranscript parse(String text) throws TailscaleParseException {
    List<PingAttempt> attempts = new ArrayList<>();
    BackendState state = null;
    String authUrl = null;
    String daemonError = null;
    String commandTarget = null;
    String lastTarget = null;
    boolean recognised = false;
    for (TranscriptLines.Line line : TranscriptLines.clean(text)) {
      if (line.isCommand()) {
        if (line.subcommand().equals("ping")) {
          commandTarget = target(line.args());
          lastTarget = commandTarget;
          recognised = true;
        }
        continue;
      }
      String l = stripStderrPrefix(line.text().trim());
      Matcher m;
      if ((m = PONG.matcher(l)).matches()) {
        String name = m.group(1);
        String target = commandTarget != null ? commandTarget : name;
        attempts.add(pong(target, name, m.group(2).trim(), m.group(3), m.group(4), m.group(5)));
        lastTarget = target;
      } else if ((m = TIMED_OUT.matcher(l)).matches()) {
        String target = commandTarget != null ? commandTarget : m.group(1);
        attempts.add(PingAttempt.timeout(target));
        lastTarget = target;
      } else if (l.equals("timeout waiting for ping reply")) {
        attempts.add(PingAttempt.timeout(lastTarget));
      } else if ((m = LOCAL_IP.matcher(l)).matches()) {
        String target = commandTarget != null ? commandTarget : m.group(1);
        attempts.add(PingAttempt.failure(target, l));
      } else if ((m = PEERAPI.matcher(l)).matches()) {
        String target = commandTarget != null ? commandTarget : m.group(2);
        Double ms = GoDurations.toMillis(m.group(4));
        attempts.add(
            PingAttempt.reply(
                target,
                m.group(2),
                m.group(1),
                PingVia.PEERAPI,
                null,
                m.group(3),
                ms == null ? 0 : ms));
      } else if ((m = LOOKUP_ERROR.matcher(l)).matches()) {
        String target = commandTarget != null ? commandTarget : m.group(1);
        attempts.add(PingAttempt.failure(target, l));
      } else if (SUMMARY_ERRORS.contains(l)) {
        attempts.add(PingAttempt.failure(lastTarget, l));
      } else if (l.equals("Tailscale is stopped.")) {
        state = BackendState.STOPPED;
      } else if (l.equals("Logged out.")) {
        state = BackendState.NEEDS_LOGIN;
      } else if (l.startsWith("Log in at:")) {
        authUrl = l.substring("Log in at:".length()).trim();
        state = BackendState.NEEDS_LOGIN;
      } else if (l.startsWith("failed to connect to local tailscale")
          || l.startsWith("Failed to connect to local Tailscale daemon")) {
        daemonError = l;
      } else {
        continue;
      }
      recognised = true;
    }
    if (!recognised) {
      throw new TailscaleParseException(
          "not a tailscale ping transcript: no 'pong from', timeout or ping error line found");
    }
    return new PingTranscript(attributeIps(attempts), state, authUrl, daemonError);
  }

  private static PingAttempt pong(
      String target, String name, String ip, String port, String via, String latency) {
    Double ms = GoDurations.toMillis(latency);
    double latencyMs = ms == null ? 0 : ms;
    String v = via.trim();
    Matcher m;
    if ((m = DERP_VIA.matcher(v)).matches()) {
      return PingAttempt.reply(target, name, ip, PingVia.DERP, m.group(1), null, latencyMs);
    }
    if ((m = PEER_RELAY_VIA.matcher(v)).matches()) {
      return PingAttempt.reply(target, name, ip, PingVia.PEER_RELAY, null, m.group(1), latencyMs);
    }
    if (v.equalsIgnoreCase("TSMP")) {
      return PingAttempt.reply(target, name, ip, PingVia.TSMP, null, null, latencyMs);
    }
    if (v.equalsIgnoreCase("ICMP")) {
      return PingAttempt.reply(target, name, ip, PingVia.ICMP, null, null, latencyMs);
    }
    return PingAttempt.reply(target, name, ip, PingVia.DIRECT, null, v, latencyMs);
  }

  /** The host argument of {@code tailscale ping [flags] host}: the last non-flag argument. */
  static String target(List<String> args) {
    String target = null;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.startsWith("-")) {
        String flag = a.replaceFirst("^--?", "");
        if (!flag.contains("=") && VALUE_FLAGS.contains(flag)) {
          i++; // "-c 3", "--timeout 5s"
        }
        continue;
      }
      target = a.replaceAll("^[\"']|[\"']$", "");
    }
    return target;
  }

  /** Some builds prefix stderr with "tailscale: " or Go's log timestamp (already stripped). */
  private static String stripStderrPrefix(String l) {
    return l.startsWith("tailscale: ") ? l.substring("tailscale: ".length()).trim() : l;
  }

  /** Attributes attempts whose target is a node's IP to that node's name, as a reply names it. */
  private static List<PingAttempt> attributeIps(List<PingAttempt> attempts) {
    Map<String, String> nameByIp = new HashMap<>();
    for (PingAttempt a : attempts) {
      if (a.isReply()
          && a.nodeIp() != null
          && a.nodeName() != null
          && a.nodeIp().equals(a.target())) {
        continue;
      }
      if (a.isReply() && a.nodeIp() != null && a.target() != null) {
        nameByIp.putIfAbsent(a.nodeIp(), a.target());
      }
    }
    List<PingAttempt> out = new ArrayList<>();
    for (PingAttempt a : attempts) {
      String t = a.target() == null ? null : nameByIp.get(a.target());
      out.add(t == null ? a : a.withTarget(t));
    }
    return out;
  }
}
