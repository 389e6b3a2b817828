package com.maemuki.bridgelink.tailscale.parse;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds and reads the JSON in a capture. Pasted captures often carry text before the JSON (a shell
 * prompt and command, netcheck's {@code # Warning: …} stderr line), and some commands print several
 * objects ({@code tailscale up --json}, the IPN bus's NDJSON): this reads every top-level value
 * from the first line that opens one.
 */
public final class JsonDocuments {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final ObjectReader READER = MAPPER.readerFor(JsonNode.class);

  private JsonDocuments() {}

  /**
   * Every top-level JSON value in {@code text}, starting at the first line whose first
   * non-blank character is {@code {} or {@code [}.
   *
   * @throws TailscaleParseException when there is none or the JSON is malformed or cut short
   */
  public static List<JsonNode> readAll(String text) throws TailscaleParseException {
    String t = TextDecoding.normalize(text);
    int start = jsonStart(t);
    if (start < 0) {
      throw new TailscaleParseException("no JSON found (expected a '{' at the start of a line)");
    }
    List<JsonNode> out = new ArrayList<>();
    try (MappingIterator<JsonNode> it = READER.readValues(t.substring(start))) {
      while (it.hasNextValue()) {
        out.add(it.nextValue());
      }
    } catch (JacksonException e) {
      if (out.isEmpty()) {
        throw new TailscaleParseException(describe(e, t, start), e);
      }
      // text after complete JSON values (a shell prompt pasted below the output) is not JSON
    }
    if (out.isEmpty()) {
      throw new TailscaleParseException("no JSON found");
    }
    return out;
  }

  /** The first top-level JSON object in {@code text}. */
  public static JsonNode readObject(String text, String what) throws TailscaleParseException {
    List<JsonNode> all = readAll(text);
    JsonNode first = all.get(0);
    if (!first.isObject()) {
      throw new TailscaleParseException(what + ": expected a JSON object, found " + kind(first));
    }
    return first;
  }

  /** Offset of the first line that starts (after blanks) with '{' or '[', or -1. */
  public static int jsonStart(String t) {
    int lineStart = 0;
    while (lineStart < t.length()) {
      int i = lineStart;
      while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
        i++;
      }
      if (i < t.length() && (t.charAt(i) == '{' || t.charAt(i) == '[')) {
        return i;
      }
      int nl = t.indexOf('\n', lineStart);
      if (nl < 0) {
        return -1;
      }
      lineStart = nl + 1;
    }
    return -1;
  }

  private static String kind(JsonNode n) {
    return n.isArray()
        ? "an array"
        : n.isString() ? "a string" : n.isNumber() ? "a number" : "a value";
  }

  private static String describe(JacksonException e, String text, int start) {
    String msg = e.getOriginalMessage();
    if (msg == null) {
      msg = e.getClass().getSimpleName();
    }
    int nl = msg.indexOf('\n');
    if (nl > 0) {
      msg = msg.substring(0, nl);
    }
    if (msg.length() > 200) {
      msg = msg.substring(0, 200) + "…";
    }
    String hint = msg.contains("end-of-input") ? " (the JSON is cut short — truncated paste?)" : "";
    TokenStreamLocation loc = e.getLocation();
    if (loc != null && loc.getLineNr() > 0) {
      int line =
          loc.getLineNr() + (int) text.substring(0, start).chars().filter(c -> c == '\n').count();
      return "malformed JSON at line " + line + ", column " + loc.getColumnNr() + ": " + msg + hint;
    }
    return "malformed JSON: " + msg + hint;
  }
}
