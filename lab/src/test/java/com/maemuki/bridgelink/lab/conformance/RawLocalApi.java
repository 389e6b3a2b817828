package com.maemuki.bridgelink.lab.conformance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * A deliberately plain HTTP/1.1 client over the LocalAPI socket: it sends exactly the request line,
 * headers and body a test gives (also what the product's client never sends — a foreign Host, an
 * Origin, a wrong method), so the conformance suite sees the daemon's own answers.
 */
final class RawLocalApi {

  record Answer(int status, String body) {}

  private final Path socket;

  RawLocalApi(Path socket) {
    this.socket = socket;
  }

  Answer get(String path) throws IOException {
    return send("GET", path, Map.of(), null);
  }

  /**
   * POSTs and waits at most {@code ms}: empty when no answer came by then (the connection is then
   * closed, as a client must for a ping tailscaled never answers).
   */
  java.util.Optional<Answer> postWithin(String path, long ms) throws Exception {
    java.util.concurrent.ExecutorService one =
        java.util.concurrent.Executors.newSingleThreadExecutor();
    try {
      java.util.concurrent.Future<Answer> f = one.submit(() -> send("POST", path, Map.of(), null));
      try {
        return java.util.Optional.of(f.get(ms, java.util.concurrent.TimeUnit.MILLISECONDS));
      } catch (java.util.concurrent.TimeoutException e) {
        f.cancel(true);
        return java.util.Optional.empty();
      }
    } finally {
      one.shutdownNow();
    }
  }

  Answer send(String method, String path, Map<String, String> headers, String body)
      throws IOException {
    StringBuilder req = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
    if (!headers.containsKey("Host")) {
      req.append("Host: local-tailscaled.sock\r\n");
    }
    headers.forEach((k, v) -> req.append(k).append(": ").append(v).append("\r\n"));
    byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    if (body != null) {
      req.append("Content-Type: application/json\r\n");
    }
    req.append("Content-Length: ").append(payload.length).append("\r\n");
    req.append("Connection: close\r\n\r\n");
    try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      ch.connect(UnixDomainSocketAddress.of(socket));
      ch.write(ByteBuffer.wrap(req.toString().getBytes(StandardCharsets.UTF_8)));
      ch.write(ByteBuffer.wrap(payload));
      byte[] all = Channels.newInputStream(ch).readAllBytes();
      return parse(all);
    }
  }

  /**
   * Opens {@code GET watch-ipn-bus?mask=MASK} and keeps it open: each bus message (one JSON line)
   * is queued as it arrives, read by a thread of its own until {@link Bus#close()}.
   */
  Bus watch(long mask) throws IOException {
    SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
    ch.connect(UnixDomainSocketAddress.of(socket));
    String req =
        "GET /localapi/v0/watch-ipn-bus?mask="
            + mask
            + " HTTP/1.1\r\nHost: local-tailscaled.sock\r\n\r\n";
    ch.write(ByteBuffer.wrap(req.getBytes(StandardCharsets.US_ASCII)));
    return new Bus(ch);
  }

  /** An open bus watch: its messages, in order. */
  static final class Bus implements AutoCloseable {
    private final SocketChannel ch;
    private final java.util.concurrent.BlockingQueue<String> lines =
        new java.util.concurrent.LinkedBlockingQueue<>();
    private final Thread reader;
    private volatile int status;

    private Bus(SocketChannel ch) {
      this.ch = ch;
      this.reader = new Thread(this::read, "bus-watch");
      reader.setDaemon(true);
      reader.start();
    }

    /** The HTTP status, 0 until the head was read. */
    int status() {
      return status;
    }

    /** The next message within {@code ms}, or null. */
    String next(long ms) throws InterruptedException {
      return lines.poll(ms, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private void read() {
      try (java.io.InputStream in = new java.io.BufferedInputStream(Channels.newInputStream(ch))) {
        String head = line(in);
        status = Integer.parseInt(head.split(" ", 3)[1]);
        boolean chunked = false;
        for (String h = line(in); !h.isEmpty(); h = line(in)) {
          chunked |= h.toLowerCase(java.util.Locale.ROOT).startsWith("transfer-encoding: chunked");
        }
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        while (true) {
          int size = chunked ? Integer.parseInt(line(in).trim().split(";")[0], 16) : 1;
          if (size == 0) {
            return;
          }
          for (int i = 0; i < size; i++) {
            int b = in.read();
            if (b < 0) {
              return;
            }
            if (b == '\n') {
              lines.add(message.toString(StandardCharsets.UTF_8));
              message.reset();
            } else {
              message.write(b);
            }
          }
          if (chunked) {
            line(in); // the CRLF after the chunk
          }
        }
      } catch (IOException | RuntimeException e) {
        // closed by close(), or the daemon ended the watch: no more messages
      }
    }

    private static String line(java.io.InputStream in) throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (int b = in.read(); b != '\n'; b = in.read()) {
        if (b < 0) {
          throw new IOException("end of stream");
        }
        if (b != '\r') {
          out.write(b);
        }
      }
      return out.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
      ch.close();
    }
  }

  private static Answer parse(byte[] all) {
    int headEnd = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
    String head = new String(all, 0, headEnd, StandardCharsets.US_ASCII);
    int status = Integer.parseInt(head.split(" ", 3)[1]);
    boolean chunked = head.toLowerCase().contains("transfer-encoding: chunked");
    int from = headEnd + 4;
    byte[] body =
        chunked ? unchunk(all, from) : java.util.Arrays.copyOfRange(all, from, all.length);
    return new Answer(status, new String(body, StandardCharsets.UTF_8));
  }

  /** Chunk sizes count bytes, so the body is taken apart as bytes. */
  private static byte[] unchunk(byte[] b, int i) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] crlf = "\r\n".getBytes(StandardCharsets.US_ASCII);
    while (i < b.length) {
      int eol = indexOf(b, crlf, i);
      String line = new String(b, i, eol - i, StandardCharsets.US_ASCII);
      int size = Integer.parseInt(line.trim().split(";")[0], 16);
      if (size == 0) {
        break;
      }
      out.write(b, eol + 2, size);
      i = eol + 2 + size + 2;
    }
    return out.toByteArray();
  }

  private static int indexOf(byte[] b, byte[] what, int from) {
    outer:
    for (int i = from; i <= b.length - what.length; i++) {
      for (int k = 0; k < what.length; k++) {
        if (b[i + k] != what[k]) {
          continue outer;
        }
      }
      return i;
    }
    throw new IllegalStateException("malformed HTTP answer");
  }
}
