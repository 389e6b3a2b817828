package com.maemuki.bridgelink.ipc.transport.unix;

import com.maemuki.bridgelink.ipc.transport.ChannelStreams;
import com.maemuki.bridgelink.ipc.transport.IpcConnection;
import com.maemuki.bridgelink.ipc.transport.PeerIdentity;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.SocketChannel;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;

/** One connected socket with the peer's credentials read once, at connect/accept time. */
final class UnixSocketConnection implements IpcConnection {
  private final SocketChannel channel;
  private final InputStream input;
  private final OutputStream output;
  private final PeerIdentity peer;

  UnixSocketConnection(SocketChannel channel, GroupDatabase groups) throws IOException {
    this.channel = channel;
    this.input = ChannelStreams.input(channel);
    this.output = ChannelStreams.output(channel);
    this.peer = identify(channel, groups);
  }

  private static PeerIdentity identify(SocketChannel channel, GroupDatabase groups)
      throws IOException {
    UnixDomainPrincipal principal = channel.getOption(ExtendedSocketOptions.SO_PEERCRED);
    String user = principal.user().getName();
    long uid = UnixPrincipals.idOf(principal.user());
    long gid = UnixPrincipals.idOf(principal.group());
    return new PeerIdentity(
        user, "", uid, gid, -1, -1, groups.membershipsOf(user, gid, principal.group().getName()));
  }

  @Override
  public InputStream input() {
    return input;
  }

  @Override
  public OutputStream output() {
    return output;
  }

  @Override
  public PeerIdentity peer() {
    return peer;
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      // closing a socket fails only when it is already unusable
    }
  }
}
