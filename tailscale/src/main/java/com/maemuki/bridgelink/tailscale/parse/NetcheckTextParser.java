package com.maemuki.bridgelink.tailscale.parse;

import com.maemuki.bridgelink.tailscale.model.DerpLatency;
import com.maemuki.bridgelink.tailscale.model.NetcheckReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@code tailscale netcheck}'s text report (tailscale-formats.md §7), current and older
 * (2020: {@code Nearest DERP: 3 (sin)}, {@code - 1, nyc = 299.6ms}) formats. Log lines before
 * {@code Report:} and lines it does not know are ignored.
 */
public final class NetcheckTextParser {

  private static final String DURATION = "((?:\\d+(?:\\.\\d+)?(?:ns|us|µs|μs|ms|s|m|h))+)";
  private static final Pattern CURRENT_REGION =
      Pattern.compile("^-\\s*([\\w.-]+):\\s*" + DURATION + "?\\s*(?:\\((.*)\\))?\\s*$");
  private static final Pattern OLD_REGION =
      Pattern.compile("^-\\s*(\\d+),\\s*([\\w.-]+)\\s*=\\s*(\\S*)\\s*$");
  private static final Pattern VERBOSE_REGION =
      Pattern.compile("^-\\s*([\\w.-]+):\\s*" + DURATION + "?\\s*\\(derp(\\d+),\\s*(.*)\\)\\s*$");
  private static final Pattern OLD_NEAREST = Pattern.compile("^(\\d+)\\s*\\(([\\w.-]+)\\)$");
  private static final Pattern ID_NOT_IN_MAP = Pattern.compile("^(\\d+)\\s*\\(region not found.*$");

  private NetcheckTextParser() {}

  public static NetcheckReport parse(byte[] body) throws TailscaleParseException {
    return parse(TextDecoding.decode(body));
  }

  public static NetcheckReport parse(String text) throws TailscaleParseException {
    Instant time = null;
    Boolean udp = null;
    Boolean ipv4 = null;
    String v4 = null;
    Boolean ipv6 = null;
    String v6 = null;
    Boolean hardNat = null;
    List<String> portMapping = null;
    Boolean captive = null;
    Integer preferredId = null;
    String preferredName = null;
    List<DerpLatency> latencies = new ArrayList<>();
    boolean sawReport = false;
    for (TranscriptLines.Line line : TranscriptLines.clean(text)) {
      String l = line.text().trim();
      if (l.equals("Report:")) {
        sawReport = true;
        continue;
      }
      if (l.startsWith("- ")) {
        DerpLatency region = region(l);
        if (region != null) {
          latencies.add(region);
        }
        continue;
      }
      if (!l.startsWith("* ")) {
        continue;
      }
      int colon = l.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String key = l.substring(2, colon).trim().toLowerCase(Locale.ROOT);
      String value = l.substring(colon + 1).trim();
      sawReport = true;
      switch (key) {
        case "time":
          time = Times.parse(value);
          break;
        case "udp":
          udp = bool(value);
          break;
        case "ipv4":
          ipv4 = value.startsWith("yes");
          v4 = address(value);
          break;
        case "ipv6":
          ipv6 = value.startsWith("yes");
          v6 = address(value);
          break;
        case "mappingvariesbydestip":
          hardNat = bool(value);
          break;
        case "portmapping":
          portMapping = portMapping(value);
          break;
        case "captiveportal":
          captive = bool(value);
          break;
        case "nearest derp":
          Matcher old = OLD_NEAREST.matcher(value);
          Matcher notInMap = ID_NOT_IN_MAP.matcher(value);
          if (old.matches()) {
            preferredId = Integer.parseInt(old.group(1));
            preferredName = old.group(2);
          } else if (notInMap.matches()) {
            preferredId = Integer.parseInt(notInMap.group(1));
          } else if (!value.isEmpty() && !value.startsWith("unknown") && !value.equals("[none]")) {
            preferredName = value;
          }
          break;
        default:
          break;
      }
    }
    if (!sawReport || (udp == null && latencies.isEmpty() && ipv4 == null)) {
      throw new TailscaleParseException(
          "not a netcheck report: no 'Report:' with '* UDP:' / '* IPv4:' lines found");
    }
    return new NetcheckReport(
        time,
        udp,
        ipv4,
        v4,
        ipv6,
        v6,
        hardNat,
        portMapping,
        captive,
        preferredId,
        preferredName,
        latencies);
  }

  private static Boolean bool(String v) {
    String s = v.toLowerCase(Locale.ROOT);
    return s.equals("true") ? Boolean.TRUE : s.equals("false") ? Boolean.FALSE : null;
  }

  /** "yes, 198.51.100.24:53011" → the address; "(no addr found)" and others → null. */
  private static String address(String v) {
    if (!v.startsWith("yes,")) {
      return null;
    }
    String a = v.substring(4).trim();
    return a.isEmpty() ? null : a;
  }

  private static List<String> portMapping(String v) {
    if (v.isEmpty()) {
      return List.of();
    }
    if (v.toLowerCase(Locale.ROOT).contains("not checked")) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (String p : Arrays.asList(v.split(","))) {
      if (!p.isBlank()) {
        out.add(p.trim());
      }
    }
    return out;
  }

  private static DerpLatency region(String l) {
    Matcher m = VERBOSE_REGION.matcher(l);
    if (m.matches()) {
      return new DerpLatency(
          Integer.parseInt(m.group(3)),
          m.group(1),
          m.group(4).trim(),
          GoDurations.toMillis(m.group(2)));
    }
    m = CURRENT_REGION.matcher(l);
    if (m.matches()) {
      String name = m.group(3) == null ? null : m.group(3).trim();
      return new DerpLatency(null, m.group(1), name, GoDurations.toMillis(m.group(2)));
    }
    m = OLD_REGION.matcher(l);
    if (m.matches()) {
      return new DerpLatency(
          Integer.parseInt(m.group(1)), m.group(2), null, GoDurations.toMillis(m.group(3)));
    }
    return null;
  }
}
