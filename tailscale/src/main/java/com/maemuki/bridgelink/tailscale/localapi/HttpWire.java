package com.maemuki.bridgelink.tailscale.localapi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTTP/1.1 a LocalAPI client needs, and nothing more: one request per connection ({@code
 * Connection: close}), {@code Host: local-tailscaled.sock}, never {@code Origin} or {@code Referer}
 * (tailscaled answers 403 to either), and responses framed by {@code Content-Length}, chunked
 * encoding or the connection closing.
 */
final class HttpWire {

  static final String HOST = "local-tailscaled.sock";
  private static final int MAX_HEADER_LINE = 16 * 1024;
  private static final int MAX_HEADERS = 100;
  private static final int MAX_INTERIM_RESPONSES = 10;

  private HttpWire() {}

  static void writeRequest(LocalApiChannel channel, LocalApiRequest request) throws IOException {
    StringBuilder head = new StringBuilder();
    head.append(request.method()).append(' ').append(request.target()).append(" HTTP/1.1\r\n");
    head.append("Host: ").append(HOST).append("\r\n");
    head.append("User-Agent: bridge-link\r\n");
    head.append("Connection: close\r\n");
    boolean hasBody = request.body().length > 0 || !"GET".equals(request.method());
    if (hasBody) {
      head.append("Content-Length: ").append(request.body().length).append("\r\n");
    }
    if (request.contentType() != null) {
      head.append("Content-Type: ").append(request.contentType()).append("\r\n");
    }
    head.append("\r\n");
    byte[] headBytes = head.toString().getBytes(StandardCharsets.UTF_8);
    ByteBuffer all = ByteBuffer.allocate(headBytes.length + request.body().length);
    all.put(headBytes).put(request.body()).flip();
    channel.write(all);
  }

  /** Reads the status line and headers, skipping interim 1xx responses. */
  static ResponseHead readHead(ChannelInput in) throws IOException {
    for (int i = 0; i < MAX_INTERIM_RESPONSES; i++) {
      ResponseHead head = readOneHead(in);
      if (head.status() >= 200 || head.status() == 101) {
        return head;
      }
    }
    throw new HttpFormatException("too many interim (1xx) responses");
  }

  private static ResponseHead readOneHead(ChannelInput in) throws IOException {
    String start = in.peek(40);
    if (start.isEmpty()) {
      throw new HttpFormatException("the connection closed without a response");
    }
    String expected = "HTTP/1.";
    if (!(start.length() >= expected.length()
        ? start.startsWith(expected)
        : expected.startsWith(start))) {
      throw new HttpFormatException(
          "not an HTTP response (it starts with \"" + ChannelInput.printable(start) + "\")");
    }
    String statusLine = in.readLine(MAX_HEADER_LINE);
    if (statusLine == null || !statusLine.startsWith(expected)) {
      throw new HttpFormatException("not an HTTP response");
    }
    String[] parts = statusLine.split(" ", 3);
    int status;
    try {
      status = parts.length >= 2 && parts[1].length() == 3 ? Integer.parseInt(parts[1]) : -1;
    } catch (NumberFormatException e) {
      status = -1;
    }
    if (status < 100 || status > 599) {
      throw new HttpFormatException("bad status line: " + ChannelInput.printable(statusLine));
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int count = 0; ; count++) {
      String line = in.readLine(MAX_HEADER_LINE);
      if (line == null) {
        throw new HttpFormatException("the connection closed inside the response headers");
      }
      if (line.isEmpty()) {
        break;
      }
      if (count >= MAX_HEADERS) {
        throw new HttpFormatException("more than " + MAX_HEADERS + " response headers");
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new HttpFormatException("bad header line: " + ChannelInput.printable(line));
      }
      String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      headers.computeIfAbsent(name, k -> new ArrayList<>()).add(line.substring(colon + 1).strip());
    }
    return new ResponseHead(status, parts.length > 2 ? parts[2] : "", headers);
  }

  /** The body stream as the head frames it (RFC 9112 §6.3, for responses). */
  static InputStream body(ChannelInput in, ResponseHead head, String method) throws IOException {
    int status = head.status();
    if ("HEAD".equals(method) || status == 204 || status == 304) {
      return InputStream.nullInputStream();
    }
    String transferEncoding = head.header("transfer-encoding");
    if (transferEncoding != null) {
      String last = transferEncoding.substring(transferEncoding.lastIndexOf(',') + 1).strip();
      return last.equalsIgnoreCase("chunked") ? new ChunkedBodyInput(in) : in;
    }
    List<String> lengths = head.headers().get("content-length");
    if (lengths != null) {
      long length = -1;
      for (String value : lengths) {
        long parsed = parseLength(value);
        if (length >= 0 && parsed != length) {
          throw new HttpFormatException("conflicting Content-Length headers");
        }
        length = parsed;
      }
      return new FixedLengthBodyInput(in, length);
    }
    return in; // Delimited by the server closing the connection.
  }

  private static long parseLength(String value) throws HttpFormatException {
    try {
      long length = Long.parseLong(value.strip());
      if (length < 0) {
        throw new NumberFormatException();
      }
      return length;
    } catch (NumberFormatException e) {
      throw new HttpFormatException("bad Content-Length: " + ChannelInput.printable(value));
    }
  }

  /** Reads the whole body, refusing to hold more than {@code cap} bytes. */
  static byte[] readAll(InputStream body, long cap) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] chunk = new byte[16 * 1024];
    long total = 0;
    int n;
    while ((n = body.read(chunk, 0, chunk.length)) >= 0) {
      total += n;
      if (total > cap) {
        throw new BodyTooLargeException(cap);
      }
      out.write(chunk, 0, n);
    }
    return out.toByteArray();
  }
}
