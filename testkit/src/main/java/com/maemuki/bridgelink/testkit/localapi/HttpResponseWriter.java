package com.maemuki.bridgelink.testkit.localapi;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writes HTTP/1.1 responses with tailscaled's headers, framed as {@link ResponseFraming} says. */
final class HttpResponseWriter {

  private static final Map<Integer, String> REASONS =
      Map.ofEntries(
          Map.entry(200, "OK"),
          Map.entry(204, "No Content"),
          Map.entry(400, "Bad Request"),
          Map.entry(401, "Unauthorized"),
          Map.entry(403, "Forbidden"),
          Map.entry(404, "Not Found"),
          Map.entry(405, "Method Not Allowed"),
          Map.entry(412, "Precondition Failed"),
          Map.entry(500, "Internal Server Error"),
          Map.entry(503, "Service Unavailable"));

  private final OutputStream out;
  private final String version;

  HttpResponseWriter(OutputStream out, String version) {
    this.out = out;
    this.version = version;
  }

  /**
   * Writes one complete response.
   *
   * @return false when the connection must close afterwards (close-delimited body)
   */
  boolean write(SimResponse response, ResponseFraming framing, boolean closeAfter)
      throws IOException {
    boolean empty = response.status() == 204 || response.status() == 304;
    ResponseFraming.Mode mode = framing.mode();
    boolean chunked =
        !empty
            && (mode == ResponseFraming.Mode.CHUNKED
                || (mode == ResponseFraming.Mode.TAILSCALED
                    && (response.chunked() || response.body().length > framing.chunkSize())));
    boolean closeDelimited = !empty && mode == ResponseFraming.Mode.CLOSE_DELIMITED;
    StringBuilder head = statusAndHeaders(response.status(), response.contentType());
    if (chunked) {
      head.append("Transfer-Encoding: chunked\r\n");
    } else if (!empty && !closeDelimited) {
      head.append("Content-Length: ").append(response.body().length).append("\r\n");
    }
    if (closeAfter || closeDelimited) {
      head.append("Connection: close\r\n");
    }
    head.append("\r\n");
    out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    if (chunked) {
      byte[] body = response.body();
      for (int at = 0; at < body.length; at += framing.chunkSize()) {
        int n = Math.min(framing.chunkSize(), body.length - at);
        writeChunk(body, at, n, framing.chunkExtension());
      }
      finishChunks(framing);
    } else if (!empty) {
      out.write(response.body());
    }
    out.flush();
    return !closeDelimited;
  }

  /** Starts a streamed (chunked) 200 response, as the IPN bus does. */
  void startStream(String contentType) throws IOException {
    StringBuilder head = statusAndHeaders(200, contentType);
    head.append("Transfer-Encoding: chunked\r\n\r\n");
    out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  void writeChunk(byte[] data, int offset, int length, String extension) throws IOException {
    String size = Integer.toHexString(length) + (extension.isEmpty() ? "" : ";" + extension);
    out.write((size + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    out.write(data, offset, length);
    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  void finishChunks(ResponseFraming framing) throws IOException {
    StringBuilder end = new StringBuilder("0\r\n");
    framing.trailers().forEach(t -> end.append(t).append("\r\n"));
    end.append("\r\n");
    out.write(end.toString().getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  private StringBuilder statusAndHeaders(int status, String contentType) {
    StringBuilder head = new StringBuilder();
    head.append("HTTP/1.1 ")
        .append(status)
        .append(' ')
        .append(REASONS.getOrDefault(status, "Status"))
        .append("\r\n");
    if (contentType != null) {
      head.append("Content-Type: ").append(contentType).append("\r\n");
    }
    head.append("Tailscale-Version: ").append(version).append("\r\n");
    head.append("Tailscale-Cap: 145\r\n");
    head.append("X-Content-Type-Options: nosniff\r\n");
    head.append("X-Frame-Options: DENY\r\n");
    return head;
  }
}
