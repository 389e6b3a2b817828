package com.maemuki.bridgelink.tailscale.localapi;

import com.maemuki.bridgelink.tailscale.localapi.windows.NamedPipeDialer;

/**
 * The dialer for an address: a socket path gets the JDK Unix socket, a pipe name the Windows pipe.
 * It decides by the kind of address, not by the OS, so {@code --socket} works the same everywhere.
 */
public final class LocalApiTransports {

  private LocalApiTransports() {}

  public static LocalApiDialer dialerFor(LocalApiAddress address) {
    if (address instanceof LocalApiAddress.NamedPipe pipe) {
      return new NamedPipeDialer(pipe.name());
    }
    return new UnixSocketDialer(((LocalApiAddress.UnixSocket) address).path());
  }

  /** A client with the default deadline and body cap for {@code address}. */
  public static LocalApiClient clientFor(LocalApiAddress address) {
    return new LocalApiClient(dialerFor(address));
  }
}
