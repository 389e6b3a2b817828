package com.maemuki.bridgelink.service.analyze;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads the files given to {@code analyze}, safely: each file (and each zip entry) is capped at
 * {@link #MAX_BYTES}, a zip at {@link #MAX_ENTRIES} entries and {@link #MAX_ARCHIVE_BYTES} in all,
 * and every failure becomes an error text instead of an exception. A zip (a diagnostics bundle, or
 * captures zipped up by a user) yields one input per entry.
 */
public final class InputFiles {

  /** One file or zip entry: its bytes, or why it could not be read. */
  public record Loaded(String name, byte[] bytes, String error, boolean fromArchive) {
    static Loaded ok(String name, byte[] bytes, boolean fromArchive) {
      return new Loaded(name, bytes, null, fromArchive);
    }

    static Loaded failed(String name, String error) {
      return new Loaded(name, null, error, false);
    }
  }

  public static final int MAX_BYTES = 16 * 1024 * 1024;
  public static final int MAX_ENTRIES = 1000;
  public static final long MAX_ARCHIVE_BYTES = 64L * 1024 * 1024;

  private InputFiles() {}

  /** The name {@code analyze} reads standard input by, as most command-line tools do. */
  public static final String STDIN = "-";

  public static List<Loaded> read(Path path) {
    String name = path.toString();
    if (name.equals(STDIN)) {
      return read("(standard input)", System.in);
    }
    if (Files.isDirectory(path)) {
      return List.of(Loaded.failed(name, "is a directory, not a file"));
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(path)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (NoSuchFileException e) {
      return List.of(Loaded.failed(name, "no such file"));
    } catch (AccessDeniedException e) {
      return List.of(Loaded.failed(name, "permission denied"));
    } catch (IOException e) {
      return List.of(Loaded.failed(name, "cannot read: " + e.getMessage()));
    }
    if (bytes.length > MAX_BYTES) {
      return List.of(
          Loaded.failed(name, "larger than 16 MiB; analyze reads captures up to 16 MiB"));
    }
    if (isZip(bytes)) {
      try (InputStream in = Files.newInputStream(path)) {
        return readZip(name, in);
      } catch (IOException e) {
        return List.of(Loaded.failed(name, "cannot read the zip archive: " + e.getMessage()));
      }
    }
    return List.of(Loaded.ok(name, bytes, false));
  }

  /** A capture piped in (e.g. {@code tailscale status --json | bridge-link analyze -}). */
  static List<Loaded> read(String name, InputStream in) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      return List.of(Loaded.failed(name, "cannot read: " + e.getMessage()));
    }
    if (bytes.length > MAX_BYTES) {
      return List.of(
          Loaded.failed(name, "larger than 16 MiB; analyze reads captures up to 16 MiB"));
    }
    if (bytes.length == 0) {
      return List.of(Loaded.failed(name, "empty: nothing was piped in"));
    }
    if (isZip(bytes)) {
      return readZip(name, new ByteArrayInputStream(bytes));
    }
    return List.of(Loaded.ok(name, bytes, false));
  }

  static boolean isZip(byte[] b) {
    return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
  }

  private static List<Loaded> readZip(String name, InputStream source) {
    List<Loaded> out = new ArrayList<>();
    long total = 0;
    try (ZipInputStream zip = new ZipInputStream(source)) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (entry.isDirectory()) {
          continue;
        }
        String entryName = name + "!/" + entry.getName();
        if (out.size() >= MAX_ENTRIES) {
          out.add(Loaded.failed(name, "more than " + MAX_ENTRIES + " entries; the rest skipped"));
          break;
        }
        byte[] bytes = zip.readNBytes(MAX_BYTES + 1);
        total += bytes.length;
        if (bytes.length > MAX_BYTES) {
          out.add(new Loaded(entryName, null, "larger than 16 MiB; skipped", true));
        } else if (total > MAX_ARCHIVE_BYTES) {
          out.add(Loaded.failed(name, "archive expands beyond 64 MiB; the rest skipped"));
          break;
        } else {
          out.add(Loaded.ok(entryName, bytes, true));
        }
      }
    } catch (ZipException e) {
      out.add(Loaded.failed(name, "broken zip archive: " + e.getMessage()));
    } catch (IOException e) {
      out.add(Loaded.failed(name, "cannot read the zip archive: " + e.getMessage()));
    }
    if (out.isEmpty()) {
      out.add(Loaded.failed(name, "empty zip archive"));
    }
    return out;
  }
}
