package com.maemuki.bridgelink.ipc.message;

import java.util.List;

/**
 * The service's answer to {@link Hello}: the protocol both will speak, the service version and the
 * caller's roles ({@code viewer}, {@code operator}).
 */
public record Welcome(int protocol, String service, List<String> roles) implements Message {
  public static final String TYPE = "welcome";

  public Welcome {
    roles = List.copyOf(roles);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
