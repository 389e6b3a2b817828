package com.maemuki.bridgelink.service.tailscale;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The Tailscale fixtures copied into test resources (shared/fixtures/tailscale plus pasted/). */
public final class Fixtures {

  public static final String DIR = "/fixtures/tailscale/";

  /** The 8-peer LocalAPI status sample used throughout. */
  public static final String STATUS_8_PEERS =
      "status_localapi_windows_running_8-peers_direct-derp-offline-expired-sharee-sharedin-peerrelay-exitnode_TAB.json";

  private Fixtures() {}

  public static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  public static Path path(String name) {
    try {
      return Path.of(Fixtures.class.getResource(DIR + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every fixture file name (relative, e.g. {@code pasted/ping_….txt}), README excluded. */
  public static List<String> all() {
    Path root = path("README.md").getParent();
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(n -> !n.equals("README.md"))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
