package com.maemuki.bridgelink.tailscale.localapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousCloseException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The waiting logic of the Windows pipe channel, run against an in-memory pipe: reads only what is
 * available, never blocks inside the handle, and a close from another thread ends a waiting read.
 */
class PolledPipeChannelTest {

  /** A pipe whose server side the test controls. */
  static final class MemoryPipe implements PipeHandle {
    final ConcurrentLinkedQueue<Byte> incoming = new ConcurrentLinkedQueue<>();
    final ByteArrayOutputStream written = new ByteArrayOutputStream();
    final AtomicBoolean serverClosed = new AtomicBoolean();
    final AtomicInteger closes = new AtomicInteger();

    void serverSends(String text) {
      for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
        incoming.add(b);
      }
    }

    @Override
    public int available() {
      int n = incoming.size();
      return n == 0 && serverClosed.get() ? -1 : n;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
      int n = 0;
      while (n < length && !incoming.isEmpty()) {
        target[offset + n++] = incoming.poll();
      }
      return n;
    }

    @Override
    public synchronized void write(byte[] source, int offset, int length) {
      written.write(source, offset, length);
    }

    @Override
    public void close() {
      closes.incrementAndGet();
    }
  }

  @Test
  void readsWhatIsAvailableAndWritesEverything() throws IOException {
    MemoryPipe pipe = new MemoryPipe();
    PolledPipeChannel channel = new PolledPipeChannel(pipe);
    pipe.serverSends("HTTP/1.1 200 OK\r\n");

    channel.write(ByteBuffer.wrap("GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.UTF_8)));
    ByteBuffer buffer = ByteBuffer.allocate(64);
    int n = channel.read(buffer);

    assertThat(new String(buffer.array(), 0, n, StandardCharsets.UTF_8))
        .isEqualTo("HTTP/1.1 200 OK\r\n");
    assertThat(pipe.written.toString(StandardCharsets.UTF_8)).isEqualTo("GET / HTTP/1.1\r\n\r\n");
  }

  @Test
  void aBrokenPipeIsEndOfStream() throws IOException {
    MemoryPipe pipe = new MemoryPipe();
    pipe.serverClosed.set(true);

    assertThat(new PolledPipeChannel(pipe).read(ByteBuffer.allocate(8))).isEqualTo(-1);
  }

  @Test
  void closeFromAnotherThreadEndsAWaitingReadAndClosesTheHandleOnce() throws Exception {
    MemoryPipe pipe = new MemoryPipe();
    PolledPipeChannel channel = new PolledPipeChannel(pipe);
    CompletableFuture<Integer> read =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return channel.read(ByteBuffer.allocate(8));
              } catch (IOException e) {
                throw new java.util.concurrent.CompletionException(e);
              }
            });

    channel.close();
    channel.close();

    assertThatThrownBy(() -> read.get(5, TimeUnit.SECONDS))
        .hasCauseInstanceOf(AsynchronousCloseException.class);
    assertThat(pipe.closes.get()).isEqualTo(1);
    assertThat(channel.isOpen()).isFalse();
  }
}
