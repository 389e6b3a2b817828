package com.maemuki.bridgelink.tailscale.repair;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which {@code BrowseToURL} values may be handed to the browser: absolute http(s) URLs with a host
 * and no user-info, at most 2 KiB. Anything else (a {@code file:} or {@code javascript:} URL, a
 * command) is refused, whoever sent it.
 */
final class LoginUrls {

  private LoginUrls() {}

  public static Optional<URI> safe(String text) {
    if (text == null || text.isBlank() || text.length() > 2048) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(text.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("https") || scheme.equals("http"))
          || uri.getHost() == null
          || uri.getRawUserInfo() != null) {
        return Optional.empty();
      }
      return Optional.of(uri);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
