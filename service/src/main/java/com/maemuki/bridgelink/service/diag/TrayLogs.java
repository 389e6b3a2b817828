package com.maemuki.bridgelink.service.diag;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The trays' log files for a bundle ({@code tray/<user>/tray.log}, …) and, for every tray the
 * service knew of whose log was not taken, why ({@code tray/<user>} in the manifest's "missing").
 *
 * @param files bundle entry name → bytes
 * @param missing bundle entry name → the reason in words
 */
public record TrayLogs(Map<String, byte[]> files, Map<String, String> missing) {
  /** Only the recent end of each file (the tray rolls at 1 MiB, keeping three). */
  static final int MAX_BYTES = 2 * 1024 * 1024;

  static final int MAX_FILES_PER_USER = 3;
  static final String PREFIX = "tray/";

  public TrayLogs {
    files = Map.copyOf(files);
    missing = Map.copyOf(missing);
  }

  /**
   * Reads the folders the service derived. A file is taken only when it is a regular file itself
   * (no symbolic link is followed: the folder is the user's, the reader is root or SYSTEM) named
   * {@code tray*.log} and, on Unix, owned by that user.
   */
  public static TrayLogs read(List<TrayLogFolder> folders) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    Map<String, String> missing = new LinkedHashMap<>();
    if (folders.isEmpty()) {
      missing.put("tray/", "no tray has connected to the service since it started");
    }
    for (TrayLogFolder folder : folders) {
      String base = PREFIX + folder.user();
      List<Path> taken = new ArrayList<>();
      try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder.folder(), "tray*.log")) {
        for (Path p : dir) {
          if (acceptable(p, folder.ownerUid())) {
            taken.add(p);
          }
        }
      } catch (IOException e) {
        missing.put(
            base, "no tray log in " + folder.folder() + " (" + e.getClass().getSimpleName() + ")");
        continue;
      }
      taken.sort(Comparator.comparing(p -> p.getFileName().toString()));
      if (taken.isEmpty()) {
        missing.put(base, "no tray log in " + folder.folder());
      }
      for (Path p : taken.subList(0, Math.min(taken.size(), MAX_FILES_PER_USER))) {
        String name = base + "/" + p.getFileName();
        try {
          files.put(name, tail(p));
        } catch (IOException e) {
          missing.put(name, String.valueOf(e.getMessage()));
        }
      }
    }
    return new TrayLogs(files, missing);
  }

  /**
   * The tray parts of a bundle the service wrote ({@code diag.create}): how {@code bridge-link
   * diag} gets the trays' logs the service knows of, without a client ever naming a path to the
   * service.
   */
  public static TrayLogs fromBundle(Path bundle) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    Map<String, String> missing = new LinkedHashMap<>();
    try (InputStream raw = Files.newInputStream(bundle);
        ZipInputStream zip = new ZipInputStream(raw)) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        if (e.getName().startsWith(PREFIX)) {
          files.put(e.getName(), zip.readAllBytes());
        } else if (e.getName().equals("manifest.json")) {
          JsonNode manifest = JsonMapper.builder().build().readTree(zip.readAllBytes());
          manifest
              .path("missing")
              .properties()
              .forEach(
                  m -> {
                    if (m.getKey().startsWith(PREFIX)) {
                      missing.put(m.getKey(), m.getValue().asString());
                    }
                  });
        }
      }
    }
    return new TrayLogs(files, missing);
  }

  private static boolean acceptable(Path p, long ownerUid) {
    if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    if (ownerUid < 0) {
      return true;
    }
    try {
      Object uid = Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS);
      return uid instanceof Number n && n.longValue() == ownerUid;
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  private static byte[] tail(Path p) throws IOException {
    try (SeekableByteChannel ch = Files.newByteChannel(p, LinkOption.NOFOLLOW_LINKS)) {
      long start = Math.max(0, ch.size() - MAX_BYTES);
      ch.position(start);
      ByteBuffer buf = ByteBuffer.allocate((int) (ch.size() - start));
      while (buf.hasRemaining() && ch.read(buf) > 0) {
        // read to the end
      }
      return buf.array();
    }
  }
}
