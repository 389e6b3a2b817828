package com.maemuki.bridgelink.tailscale.localapi;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A complete LocalAPI response; header names are lower-case. */
public record LocalApiResponse(int status, Map<String, List<String>> headers, byte[] body) {

  /** The first value of a header, or null. */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** The body as UTF-8 text (tailscaled writes UTF-8). */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  public boolean successful() {
    return status >= 200 && status < 300;
  }
}
