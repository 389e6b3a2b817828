package com.maemuki.bridgelink.service.diag;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the diagnostics zip into {@code <data>/diagnostics/} (written to a temporary name, then
 * moved into place, so a half-written bundle is never offered) and keeps only the newest {@link
 * #KEEP} bundles: anyone may ask for one, so disk use stays bounded and no path comes from the
 * caller.
 */
public final class DiagnosticsBundle {

  public static final String DIRECTORY = "diagnostics";
  static final int KEEP = 5;
  static final int MAX_PART_BYTES = 4 * 1024 * 1024;
  static final int MAX_LOG_FILES = 5;
  static final int MAX_LOG_BYTES = 2 * 1024 * 1024;
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final ExecutorService executor;
  private final Duration partDeadline;
  private final Clock clock;

  public DiagnosticsBundle(ExecutorService executor, Duration partDeadline, Clock clock) {
    this.executor = executor;
    this.partDeadline = partDeadline;
    this.clock = clock;
  }

  /** Writes a bundle and returns its absolute path. */
  public Path create(Path dataDir, DiagnosticsSources sources) throws IOException {
    Path dir = Files.createDirectories(dataDir.resolve(DIRECTORY));
    Map<String, byte[]> entries = new LinkedHashMap<>();
    Map<String, String> errors = new LinkedHashMap<>();
    part(entries, errors, "snapshot.json", sources.snapshotJson());
    part(entries, errors, "findings.json", sources.findingsJson());
    part(entries, errors, "config.redacted.json", redacted(sources.configJson()));
    part(entries, errors, "tailscale/status.json", sources.localApiStatus());
    part(entries, errors, "tailscale/prefs.json", sources.localApiPrefs());
    part(entries, errors, "tailscale/bugreport.txt", sources.bugReportMarker());
    part(entries, errors, "tailscale/netcheck.json", sources.netcheck());
    part(entries, errors, "windows/firewall.json", sources.firewall());
    part(entries, errors, "windows/firewall-summary.txt", sources.firewallSummary());
    file(entries, errors, "audit.jsonl", sources.auditLog());
    logs(entries, errors, sources.logDirectory());
    trayLogs(entries, errors, sources.trayLogs());

    ObjectNode manifest = JSON.createObjectNode();
    manifest.put("product", "Maemuki Bridge Link");
    manifest.put("created", clock.instant().toString());
    ObjectNode versions = manifest.putObject("versions");
    sources.versions().forEach(versions::put);
    manifest
        .putArray("entries")
        .addAll(entries.keySet().stream().map(JSON.getNodeFactory()::stringNode).toList());
    ObjectNode errs = manifest.putObject("missing");
    errors.forEach(errs::put);

    String name = "bridge-link-diag-" + STAMP.format(clock.instant()) + ".zip";
    Path target = dir.resolve(name);
    Path temp = Files.createTempFile(dir, ".bundle-", ".tmp");
    try (OutputStream out = Files.newOutputStream(temp);
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      put(zip, "manifest.json", JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        put(zip, e.getKey(), e.getValue());
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    prune(dir);
    return target.toAbsolutePath();
  }

  private void part(
      Map<String, byte[]> entries,
      Map<String, String> errors,
      String name,
      Callable<String> source) {
    if (source == null) {
      errors.put(name, "not available on this machine");
      return;
    }
    Future<String> future = executor.submit(source);
    try {
      String text = future.get(partDeadline.toMillis(), TimeUnit.MILLISECONDS);
      if (text == null) {
        errors.put(name, "not available");
        return;
      }
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      entries.put(
          name,
          bytes.length > MAX_PART_BYTES ? java.util.Arrays.copyOf(bytes, MAX_PART_BYTES) : bytes);
    } catch (TimeoutException e) {
      future.cancel(true);
      errors.put(name, "timed out after " + partDeadline.toSeconds() + " s");
    } catch (ExecutionException e) {
      errors.put(name, String.valueOf(e.getCause().getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      errors.put(name, "interrupted");
    }
  }

  private static Callable<String> redacted(Callable<String> config) {
    if (config == null) {
      return null;
    }
    return () -> {
      String text = config.call();
      if (text == null) {
        return null;
      }
      try {
        return JSON.writerWithDefaultPrettyPrinter()
            .writeValueAsString(ConfigRedaction.redact(JSON.readTree(text)));
      } catch (JacksonException e) {
        // Unparseable config may hold anything: keep none of it.
        return "{\"error\":\"the configuration file is not valid JSON; left out\"}";
      }
    };
  }

  private static void file(
      Map<String, byte[]> entries, Map<String, String> errors, String name, Path path) {
    if (path == null || !Files.isRegularFile(path)) {
      errors.put(name, "no such file");
      return;
    }
    try {
      entries.put(name, tail(path, MAX_PART_BYTES));
    } catch (IOException e) {
      errors.put(name, e.toString());
    }
  }

  private static void logs(Map<String, byte[]> entries, Map<String, String> errors, Path dir) {
    if (dir == null || !Files.isDirectory(dir)) {
      errors.put("logs/", "no log directory");
      return;
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> newest =
          files
              .filter(Files::isRegularFile)
              .sorted(Comparator.comparing(DiagnosticsBundle::modified).reversed())
              .limit(MAX_LOG_FILES)
              .toList();
      for (Path p : newest) {
        entries.put("logs/" + p.getFileName(), tail(p, MAX_LOG_BYTES));
      }
    } catch (IOException e) {
      errors.put("logs/", e.toString());
    }
  }

  private void trayLogs(
      Map<String, byte[]> entries, Map<String, String> errors, Callable<TrayLogs> source) {
    if (source == null) {
      errors.put(TrayLogs.PREFIX, "not known: the Bridge Link service was not reached");
      return;
    }
    Future<TrayLogs> future = executor.submit(source);
    try {
      TrayLogs logs = future.get(partDeadline.toMillis(), TimeUnit.MILLISECONDS);
      entries.putAll(logs.files());
      errors.putAll(logs.missing());
    } catch (TimeoutException e) {
      future.cancel(true);
      errors.put(TrayLogs.PREFIX, "timed out after " + partDeadline.toSeconds() + " s");
    } catch (ExecutionException e) {
      errors.put(TrayLogs.PREFIX, String.valueOf(e.getCause().getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      errors.put(TrayLogs.PREFIX, "interrupted");
    }
  }

  private static long modified(Path p) {
    try {
      return Files.getLastModifiedTime(p).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }

  /** The last {@code max} bytes: the recent end of a log is what matters. */
  private static byte[] tail(Path p, int max) throws IOException {
    long size = Files.size(p);
    try (var ch = Files.newByteChannel(p)) {
      long start = Math.max(0, size - max);
      ch.position(start);
      java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate((int) (size - start));
      while (buffer.hasRemaining() && ch.read(buffer) > 0) {
        // keep reading
      }
      return java.util.Arrays.copyOf(buffer.array(), buffer.position());
    }
  }

  private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(bytes);
    zip.closeEntry();
  }

  private static void prune(Path dir) throws IOException {
    List<Path> bundles;
    try (Stream<Path> files = Files.list(dir)) {
      bundles =
          files
              .filter(p -> p.getFileName().toString().startsWith("bridge-link-diag-"))
              .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
              .toList();
    }
    for (Path old :
        new ArrayList<>(bundles).subList(Math.min(KEEP, bundles.size()), bundles.size())) {
      Files.deleteIfExists(old);
    }
  }
}
