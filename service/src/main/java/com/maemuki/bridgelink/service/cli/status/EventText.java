package com.maemuki.bridgelink.service.cli.status;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * One {@code --watch} event as text, prefixed with its local time: a line per transition or repair,
 * the compact status for a snapshot. Pure: the clock and zone are arguments.
 */
public final class EventText {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

  private EventText() {}

  /**
   * @param event the event name ({@code snapshot}, {@code transition}, {@code repair}, or a newer
   *     one, shown raw)
   * @param data its payload
   * @param now used when the payload carries no time of its own
   */
  public static String render(String event, JsonNode data, Instant now, ZoneId zone) {
    String stamp = "[" + STAMP.format(eventTime(data, now).atZone(zone)) + "] ";
    switch (String.valueOf(event)) {
      case "snapshot":
        return stamp + SnapshotText.compact(data);
      case "transition":
        return stamp + transition(data) + "\n";
      case "repair":
        return stamp + repair(data) + "\n";
      default:
        return stamp + event + ": " + (data == null ? "null" : data.toString()) + "\n";
    }
  }

  private static String transition(JsonNode data) {
    String kind = Fields.text(data, "kind");
    JsonNode finding = Fields.objectOrNull(data, "finding");
    String what = finding == null ? "(no finding)" : SnapshotText.findingTitle(finding);
    return (kind == null ? "CHANGED" : kind.toUpperCase(Locale.ROOT)) + "  " + what;
  }

  private static String repair(JsonNode data) {
    StringBuilder line =
        new StringBuilder("REPAIR  ").append(Fields.orDash(Fields.text(data, "repair")));
    String status = Fields.text(data, "status");
    if (status != null) {
      line.append(' ').append(status);
    }
    String message = Fields.text(data, "message");
    if (message != null) {
      line.append(": ").append(message);
    }
    if (Boolean.TRUE.equals(Fields.bool(data, "cleared"))) {
      line.append(" (finding cleared)");
    }
    return line.toString();
  }

  private static Instant eventTime(JsonNode data, Instant now) {
    String time = Fields.text(data, "time");
    if (time != null) {
      try {
        return Instant.parse(time);
      } catch (DateTimeParseException e) {
        // a time we cannot read is no reason to lose the event; use our own clock
      }
    }
    return now;
  }
}
