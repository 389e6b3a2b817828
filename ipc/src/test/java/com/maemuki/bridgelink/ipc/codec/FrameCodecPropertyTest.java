package com.maemuki.bridgelink.ipc.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.ipc.Protocol;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import tools.jackson.databind.node.ObjectNode;

/**
 * Properties of the framing codec: arbitrary objects survive a round trip; arbitrary bytes are
 * either frames or a {@link FrameException}, nothing else; and no read consumes (so no buffer
 * holds) more than a prefix plus the cap.
 */
class FrameCodecPropertyTest {
  private final FrameCodec codec = new FrameCodec();

  @Property(tries = 300)
  void arbitraryObjectsRoundTrip(@ForAll("messages") Map<String, String> fields)
      throws IOException {
    ObjectNode message = codec.mapper().createObjectNode();
    fields.forEach(message::put);
    message.put("type", "event");
    message.putObject("nested").put("n", fields.size()).putArray("a").add(1.5).add(true);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    codec.write(out, message);
    codec.write(out, message);
    ByteArrayInputStream in = new ByteArrayInputStream(out.toByteArray());
    assertThat(codec.read(in)).isEqualTo(message);
    assertThat(codec.read(in)).isEqualTo(message);
    assertThat(codec.read(in)).isNull();
  }

  @Provide
  Arbitrary<Map<String, String>> messages() {
    Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(40);
    return Arbitraries.maps(text, text).ofMaxSize(8);
  }

  @Property(tries = 1000)
  void arbitraryBytesYieldFramesOrTheTypedError(@ForAll @Size(max = 300) byte[] bytes) {
    CountingStream in = new CountingStream(new ByteArrayInputStream(bytes));
    try {
      while (codec.read(in) != null) {
        // keep reading frames until the end or the first bad one
      }
    } catch (FrameException expected) {
      // the only error allowed
    } catch (IOException | RuntimeException e) {
      throw new AssertionError("codec threw " + e, e);
    }
    assertThat(in.count).isLessThanOrEqualTo(bytes.length);
  }

  @Property(tries = 300)
  void aFrameNeverReadsBeyondPrefixPlusCap(
      @ForAll int length, @ForAll @Size(max = 64) byte[] tail) {
    byte[] bytes = new byte[4 + tail.length];
    java.nio.ByteBuffer.wrap(bytes).putInt(length).put(tail);
    InputStream endless =
        new java.io.SequenceInputStream(new ByteArrayInputStream(bytes), new ZeroStream());
    CountingStream in = new CountingStream(endless);
    try {
      codec.read(in);
    } catch (FrameException expected) {
      // fine
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    long allowed = 4L + (length >= 0 && length <= Protocol.MAX_FRAME_BYTES ? length : 0);
    assertThat(in.count).isLessThanOrEqualTo(allowed);
  }

  /** An endless stream of zero bytes: a hostile peer that never stops sending. */
  private static final class ZeroStream extends InputStream {
    @Override
    public int read() {
      return 0;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      java.util.Arrays.fill(b, off, off + len, (byte) 0);
      return len;
    }
  }

  private static final class CountingStream extends FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
