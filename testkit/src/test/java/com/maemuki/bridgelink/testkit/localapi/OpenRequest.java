package com.maemuki.bridgelink.testkit.localapi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A request left open (a hung ping, a bus watch): its response lines arrive on a queue as they
 * come; {@link #close()} is the client giving up.
 */
final class OpenRequest implements AutoCloseable {

  static final String END = "<end of stream>";

  private final SocketChannel channel;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

  OpenRequest(Path socket, String method, String target) throws IOException {
    channel = SocketChannel.open(StandardProtocolFamily.UNIX);
    channel.connect(UnixDomainSocketAddress.of(socket));
    String request =
        method
            + " "
            + target
            + " HTTP/1.1\r\nHost: local-tailscaled.sock\r\nContent-Length: 0\r\n\r\n";
    ByteBuffer bytes = ByteBuffer.wrap(request.getBytes(StandardCharsets.UTF_8));
    while (bytes.hasRemaining()) {
      channel.write(bytes);
    }
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(
                          Channels.newInputStream(channel), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                  lines.add(line);
                }
              } catch (IOException ignored) {
                // closed by the test
              }
              lines.add(END);
            },
            "open-request");
    reader.setDaemon(true);
    reader.start();
  }

  /** The next line that contains {@code text}, or null after 10 s without one. */
  String awaitLine(String text) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < end) {
      String line = lines.poll(100, TimeUnit.MILLISECONDS);
      if (line != null && line.contains(text)) {
        return line;
      }
      if (END.equals(line)) {
        return END.contains(text) ? line : null;
      }
    }
    return null;
  }

  /** Lines already received that contain {@code text} (without waiting). */
  boolean received(String text) {
    return lines.stream().anyMatch(l -> l.contains(text));
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
