package com.maemuki.bridgelink.service.cli.status;

import com.maemuki.bridgelink.ipc.contract.ContractJson;
import com.maemuki.bridgelink.ipc.contract.IpcEvent;
import com.maemuki.bridgelink.ipc.contract.RepairEventData;
import com.maemuki.bridgelink.ipc.contract.SnapshotData;
import com.maemuki.bridgelink.ipc.contract.TransitionData;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
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
   * @param data its payload, read as the record the contract names for the event
   * @param now used when the payload carries no time of its own
   */
  public static String render(String event, JsonNode data, Instant now, ZoneId zone) {
    Optional<IpcEvent> known = IpcEvent.fromWire(event);
    if (known.isEmpty() || (data != null && !data.isNull() && !data.isObject())) {
      return stamp(now, zone) + event + ": " + (data == null ? "null" : data.toString()) + "\n";
    }
    switch (known.get()) {
      case SNAPSHOT:
        SnapshotData snapshot = ContractJson.read(data, SnapshotData.class);
        return stamp(eventTime(snapshot.time(), now), zone) + SnapshotText.compact(snapshot, zone);
      case TRANSITION:
        TransitionData transition = ContractJson.read(data, TransitionData.class);
        return stamp(eventTime(transition.time(), now), zone) + transition(transition) + "\n";
      default:
        return stamp(now, zone) + repair(ContractJson.read(data, RepairEventData.class)) + "\n";
    }
  }

  private static String stamp(Instant time, ZoneId zone) {
    return "[" + STAMP.format(time.atZone(zone)) + "] ";
  }

  private static String transition(TransitionData data) {
    String kind = Fields.text(data.kind());
    String what =
        data.finding() == null ? "(no finding)" : SnapshotText.findingTitle(data.finding());
    return (kind == null ? "CHANGED" : kind.toUpperCase(Locale.ROOT)) + "  " + what;
  }

  private static String repair(RepairEventData data) {
    StringBuilder line =
        new StringBuilder("REPAIR  ").append(Fields.orDash(Fields.text(data.repair())));
    String status = Fields.text(data.status());
    if (status != null) {
      line.append(' ').append(status);
    }
    String message = Fields.text(data.message());
    if (message != null) {
      line.append(": ").append(message);
    }
    if (Boolean.TRUE.equals(data.cleared())) {
      line.append(" (finding cleared)");
    }
    return line.toString();
  }

  private static Instant eventTime(String time, Instant now) {
    if (Fields.text(time) != null) {
      try {
        return Instant.parse(time);
      } catch (DateTimeParseException e) {
        // a time we cannot read is no reason to lose the event; use our own clock
      }
    }
    return now;
  }
}
