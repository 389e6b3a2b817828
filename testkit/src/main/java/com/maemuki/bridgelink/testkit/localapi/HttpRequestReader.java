package com.maemuki.bridgelink.testkit.localapi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads HTTP/1.1 requests (Content-Length bodies) from a connection, as Go's server would. */
final class HttpRequestReader {

  /** The request was not HTTP; the server answers 400 and closes, as Go's does. */
  static final class BadRequest extends IOException {
    private static final long serialVersionUID = 1L;

    BadRequest(String message) {
      super(message);
    }
  }

  private static final int MAX_LINE = 8192;
  private static final int MAX_BODY = 1 << 20;

  private final InputStream in;

  HttpRequestReader(InputStream in) {
    this.in = in;
  }

  /** The next request, or null when the client closed the connection between requests. */
  SimRequest next() throws IOException {
    String requestLine = line();
    if (requestLine == null) {
      return null;
    }
    String[] parts = requestLine.split(" ");
    if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
      throw new BadRequest("malformed HTTP request " + requestLine);
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    while (true) {
      String header = line();
      if (header == null) {
        throw new BadRequest("connection closed inside the headers");
      }
      if (header.isEmpty()) {
        break;
      }
      int colon = header.indexOf(':');
      if (colon <= 0) {
        throw new BadRequest("malformed MIME header line: " + header);
      }
      headers
          .computeIfAbsent(
              header.substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(header.substring(colon + 1).strip());
    }
    byte[] body = new byte[0];
    List<String> length = headers.get("content-length");
    if (length != null) {
      int n;
      try {
        n = Integer.parseInt(length.get(0));
      } catch (NumberFormatException e) {
        throw new BadRequest("bad Content-Length");
      }
      if (n < 0 || n > MAX_BODY) {
        throw new BadRequest("bad Content-Length");
      }
      body = in.readNBytes(n);
      if (body.length < n) {
        throw new BadRequest("connection closed inside the body");
      }
    }
    return new SimRequest(parts[0], parts[1], headers, body);
  }

  private String line() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) >= 0) {
      if (b == '\n') {
        String text = line.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
      }
      if (line.size() >= MAX_LINE) {
        throw new BadRequest("request line too long");
      }
      line.write(b);
    }
    if (line.size() > 0) {
      throw new BadRequest("connection closed inside a line");
    }
    return null;
  }
}
