package com.maemuki.bridgelink.service.repair;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The append-only audit log: one JSON object per line in {@code audit.jsonl} under the data
 * directory. Lines are only ever appended (opened with APPEND, forced to disk); when the file
 * passes {@link #MAX_BYTES} it is renamed to {@code audit.jsonl.1} (one generation kept) and a new
 * file starts. A failed write is logged, never thrown: a full disk must not block a repair's
 * result.
 */
public final class AuditLog {

  public static final String FILE_NAME = "audit.jsonl";
  static final long MAX_BYTES = 5L * 1024 * 1024;
  private static final int MAX_VALUE_CHARS = 200;
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Logger LOG = LoggerFactory.getLogger("bridge-link.audit");

  private final Path file;

  public AuditLog(Path dataDir) {
    this.file = dataDir.resolve(FILE_NAME);
  }

  public Path file() {
    return file;
  }

  public synchronized void append(AuditRecord record) {
    ObjectNode line = JSON.createObjectNode();
    line.put("time", record.time().toString());
    line.put("caller", shorten(record.caller()));
    line.put("repair", shorten(record.repair()));
    ObjectNode params = line.putObject("params");
    // Values arrive shortened by describe(); only values that bypassed it are cut here.
    new TreeMap<>(record.params())
        .forEach(
            (k, v) -> params.put(shorten(k), v.length() > 2 * MAX_VALUE_CHARS ? shorten(v) : v));
    if (record.findingKey() == null) {
      line.putNull("findingKey");
    } else {
      line.put("findingKey", shorten(record.findingKey()));
    }
    line.put("result", record.result());
    line.put("message", record.message());
    line.put("cleared", record.cleared());
    if (record.verification() == null) {
      line.putNull("verification");
    } else {
      line.put("verification", record.verification());
    }
    line.put("durationMs", record.durationMillis());
    byte[] bytes = (JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
    try {
      Files.createDirectories(file.getParent());
      if (Files.exists(file) && Files.size(file) + bytes.length > MAX_BYTES) {
        Files.move(
            file, file.resolveSibling(FILE_NAME + ".1"), StandardCopyOption.REPLACE_EXISTING);
      }
      try (FileChannel ch =
          FileChannel.open(
              file,
              StandardOpenOption.CREATE,
              StandardOpenOption.APPEND,
              StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          ch.write(buffer);
        }
        ch.force(false);
      }
    } catch (IOException e) {
      LOG.warn("cannot write the audit log {}: {}", file, e.toString());
    }
    LOG.info("{}", line);
  }

  /** Every record still in the current file, oldest first (for diagnostics and tests). */
  public synchronized List<JsonNode> read() throws IOException {
    List<JsonNode> records = new ArrayList<>();
    if (!Files.exists(file)) {
      return records;
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        records.add(JSON.readTree(line));
      }
    }
    return records;
  }

  /** Parameters as strings, each shortened, for a record. */
  public static Map<String, String> describe(Map<String, Object> params) {
    Map<String, String> out = new TreeMap<>();
    params.forEach((k, v) -> out.put(shorten(k), shorten(String.valueOf(v))));
    return out;
  }

  private static String shorten(String s) {
    if (s == null) {
      return "";
    }
    return s.length() <= MAX_VALUE_CHARS
        ? s
        : s.substring(0, MAX_VALUE_CHARS) + "…(" + s.length() + " chars)";
  }
}
