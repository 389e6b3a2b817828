package com.maemuki.bridgelink.service.daemon;

import com.maemuki.bridgelink.service.config.BridgeLinkConfig;
import com.maemuki.bridgelink.service.platform.Platforms;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiAddress;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiClient;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiTransports;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The LocalAPI client for the current configuration: the configured socket (or tailscaled's default
 * for this OS) with the configured deadline. Rebuilt only when either changes.
 */
final class LocalApiClients implements Supplier<LocalApiClient> {

  private final Supplier<BridgeLinkConfig> config;
  private String socket;
  private Duration deadline;
  private LocalApiClient client;
  private LocalApiAddress address;

  LocalApiClients(Supplier<BridgeLinkConfig> config) {
    this.config = config;
  }

  @Override
  public synchronized LocalApiClient get() {
    BridgeLinkConfig cfg = config.get();
    String wanted = cfg.localApiSocket();
    Duration wantedDeadline = cfg.deadlines().localApi();
    if (client == null
        || !java.util.Objects.equals(wanted, socket)
        || !wantedDeadline.equals(deadline)) {
      address = address(wanted);
      client =
          new LocalApiClient(
              LocalApiTransports.dialerFor(address),
              wantedDeadline,
              LocalApiClient.DEFAULT_MAX_BODY_BYTES);
      socket = wanted;
      deadline = wantedDeadline;
    }
    return client;
  }

  /**
   * The endpoint the client dials, as a person would type it for {@code --socket}: a socket path or
   * a pipe name.
   */
  synchronized String endpoint() {
    LocalApiAddress current = address != null ? address : address(config.get().localApiSocket());
    return current instanceof LocalApiAddress.UnixSocket socket
        ? socket.path().toString()
        : ((LocalApiAddress.NamedPipe) current).name();
  }

  private static LocalApiAddress address(String wanted) {
    return Platforms.localApiAddress(wanted);
  }

  /** True when a person named the socket (then a missing socket means stopped, not absent). */
  boolean customAddress() {
    return config.get().localApiSocket() != null;
  }
}
