package com.maemuki.bridgelink.tailscale.localapi;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Status line and headers of a response (names lower-case, values in arrival order). */
record ResponseHead(int status, String reason, Map<String, List<String>> headers) {

  String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(values.size() - 1);
  }
}
