package com.maemuki.bridgelink.testkit.localapi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Sends hand-written request bytes over the simulator's socket and returns every byte back. */
final class RawLocalApi {

  private RawLocalApi() {}

  static String exchange(Path socket, String request) throws IOException {
    try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      channel.connect(UnixDomainSocketAddress.of(socket));
      ByteBuffer bytes = ByteBuffer.wrap(request.getBytes(StandardCharsets.UTF_8));
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
      InputStream in = Channels.newInputStream(channel);
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      return all.toString(StandardCharsets.UTF_8);
    }
  }

  static String request(String method, String target, String... headers) {
    StringBuilder r = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
    for (String header : headers) {
      r.append(header).append("\r\n");
    }
    return r.append("Connection: close\r\nContent-Length: 0\r\n\r\n").toString();
  }
}
