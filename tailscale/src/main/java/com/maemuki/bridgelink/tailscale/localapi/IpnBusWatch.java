package com.maemuki.bridgelink.tailscale.localapi;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An open {@code watch-ipn-bus} stream: one {@code ipn.Notify} JSON object per line, for as long as
 * tailscaled runs. One thread reads with {@link #next()} (or {@link #forEach}); any thread may
 * {@link #cancel()}, which closes the connection and makes the reader return empty.
 */
public final class IpnBusWatch implements AutoCloseable {

  private static final String ENDPOINT = "watch-ipn-bus";

  private final LocalApiChannel channel;
  private final long maxLineBytes;
  private final boolean unixSocket;
  private volatile boolean cancelled;
  private InputStream body;

  IpnBusWatch(LocalApiChannel channel, long maxLineBytes, boolean unixSocket) {
    this.channel = channel;
    this.maxLineBytes = maxLineBytes;
    this.unixSocket = unixSocket;
  }

  /**
   * The next Notify line (blank lines skipped); empty once the stream ends or is cancelled. Blocks
   * until a line arrives: tailscaled sends nothing while nothing changes.
   *
   * @throws AccessDeniedException on 401/403 (e.g. another Windows user holds tailscaled)
   * @throws BadResponseException on another status, malformed framing or an oversized line
   */
  public Optional<String> next() throws LocalApiException {
    if (cancelled) {
      return Optional.empty();
    }
    try {
      if (body == null) {
        ChannelInput in = new ChannelInput(channel);
        ResponseHead head = HttpWire.readHead(in);
        InputStream stream = HttpWire.body(in, head, "GET");
        if (head.status() < 200 || head.status() > 299) {
          LocalApiException error =
              LocalApiClient.errorFor(
                  ENDPOINT, head.status(), HttpWire.readAll(stream, 64 * 1024), unixSocket);
          close();
          throw error;
        }
        // Reads return what has arrived (one chunk at most), so buffering never waits for more.
        body = new BufferedInputStream(stream);
      }
      while (true) {
        String line = readLine();
        if (line == null) {
          close();
          return Optional.empty();
        }
        if (!line.isBlank()) {
          return Optional.of(line);
        }
      }
    } catch (IOException e) {
      close();
      if (cancelled) {
        return Optional.empty();
      }
      throw LocalApiClient.failure(ENDPOINT, e, false, Duration.ZERO);
    }
  }

  /** Hands every line to {@code onLine} until the stream ends or is cancelled. */
  public void forEach(Consumer<String> onLine) throws LocalApiException {
    for (Optional<String> line = next(); line.isPresent(); line = next()) {
      onLine.accept(line.get());
    }
  }

  private String readLine() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = body.read()) >= 0) {
      if (b == '\n') {
        return line.toString(StandardCharsets.UTF_8);
      }
      if (line.size() >= maxLineBytes) {
        throw new BodyTooLargeException(maxLineBytes);
      }
      line.write(b);
    }
    return line.size() > 0 ? line.toString(StandardCharsets.UTF_8) : null;
  }

  /** Stops the watch from any thread; a blocked {@link #next()} returns empty. Idempotent. */
  public void cancel() {
    cancelled = true;
    LocalApiClient.closeQuietly(channel);
  }

  public boolean isCancelled() {
    return cancelled;
  }

  @Override
  public void close() {
    LocalApiClient.closeQuietly(channel);
  }
}
