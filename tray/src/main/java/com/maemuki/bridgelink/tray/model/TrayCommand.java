package com.maemuki.bridgelink.tray.model;

import java.util.Objects;

/**
 * A click's meaning, independent of any toolkit.
 *
 * @param kind what to do
 * @param argument the repair id for {@link CommandKind#RUN_REPAIR}, the address for {@link
 *     CommandKind#COPY_TAILSCALE_IP}, else null
 * @param subject what a repair is about (a peer, a port), may be null
 * @param findingKey the finding a repair was offered for ({@code code/subject}), may be null
 */
public record TrayCommand(CommandKind kind, String argument, String subject, String findingKey) {
  public TrayCommand {
    Objects.requireNonNull(kind, "kind");
  }

  public TrayCommand(CommandKind kind, String argument, String subject) {
    this(kind, argument, subject, null);
  }

  public static TrayCommand of(CommandKind kind) {
    return new TrayCommand(kind, null, null);
  }
}
