package com.maemuki.bridgelink.ipc.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.maemuki.bridgelink.ipc.Protocol;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class FrameCodecTest {
  private final FrameCodec codec = new FrameCodec();

  private static byte[] frame(byte[] payload) {
    return ByteBuffer.allocate(4 + payload.length).putInt(payload.length).put(payload).array();
  }

  private static byte[] frame(String json) {
    return frame(json.getBytes(StandardCharsets.UTF_8));
  }

  private FrameException.Reason reasonFor(byte[] bytes) {
    try {
      codec.read(new ByteArrayInputStream(bytes));
      throw new AssertionError("accepted");
    } catch (FrameException e) {
      return e.reason();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void roundTripsAnObjectWithUnicode() throws IOException {
    ObjectNode message = codec.mapper().createObjectNode();
    message.put("type", "event").put("text", "Grüße 🌉");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    codec.write(out, message);
    byte[] bytes = out.toByteArray();
    assertThat(ByteBuffer.wrap(bytes).getInt()).isEqualTo(bytes.length - 4);
    assertThat(codec.read(new ByteArrayInputStream(bytes))).isEqualTo(message);
  }

  @Test
  void cleanEndOfStreamIsNull() throws IOException {
    assertThat(codec.read(new ByteArrayInputStream(new byte[0]))).isNull();
  }

  @Test
  void refusesEachKindOfBadFrame() {
    assertThat(reasonFor(new byte[] {0, 0})).isEqualTo(FrameException.Reason.TRUNCATED);
    assertThat(reasonFor(new byte[] {0, 0, 0, 10, '{'})).isEqualTo(FrameException.Reason.TRUNCATED);
    assertThat(reasonFor(ByteBuffer.allocate(4).putInt(Protocol.MAX_FRAME_BYTES + 1).array()))
        .isEqualTo(FrameException.Reason.OVERSIZED);
    assertThat(reasonFor(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff}))
        .isEqualTo(FrameException.Reason.OVERSIZED);
    assertThat(reasonFor(frame(new byte[] {'{', '"', (byte) 0xc3, (byte) 0x28, '"', '}'})))
        .isEqualTo(FrameException.Reason.MALFORMED_UTF8);
    assertThat(reasonFor(frame("{\"type\":"))).isEqualTo(FrameException.Reason.NOT_JSON);
    assertThat(reasonFor(frame("{\"type\":\"a\"} {}"))).isEqualTo(FrameException.Reason.NOT_JSON);
    assertThat(reasonFor(frame("{\"type\":\"a\",\"type\":\"b\"}")))
        .isEqualTo(FrameException.Reason.NOT_JSON);
    assertThat(reasonFor(frame(""))).isEqualTo(FrameException.Reason.NOT_JSON);
    assertThat(reasonFor(frame("[1,2]"))).isEqualTo(FrameException.Reason.NOT_OBJECT);
    assertThat(reasonFor(frame("\"hello\""))).isEqualTo(FrameException.Reason.NOT_OBJECT);
    assertThat(reasonFor(frame("{\"id\":1}"))).isEqualTo(FrameException.Reason.MISSING_TYPE);
    assertThat(reasonFor(frame("{\"type\":7}"))).isEqualTo(FrameException.Reason.MISSING_TYPE);
  }

  @Test
  void anOversizedPrefixCostsFourBytesOfReading() {
    byte[] bytes = new byte[4 + 100];
    ByteBuffer.wrap(bytes).putInt(Integer.MAX_VALUE);
    ByteArrayInputStream in = new ByteArrayInputStream(bytes);
    assertThatThrownBy(() -> codec.read(in)).isInstanceOf(FrameException.class);
    assertThat(in.available()).isEqualTo(100);
  }

  @Test
  void refusesToEncodeAnOversizedMessage() {
    ObjectNode message = codec.mapper().createObjectNode();
    message.put("type", "event").put("blob", "x".repeat(Protocol.MAX_FRAME_BYTES));
    assertThatThrownBy(() -> codec.encode(message))
        .isInstanceOfSatisfying(
            FrameException.class,
            e -> assertThat(e.reason()).isEqualTo(FrameException.Reason.OVERSIZED));
  }

  @Test
  void acceptsAFrameOfExactlyTheCap() throws IOException {
    String prefix = "{\"type\":\"x\",\"p\":\"";
    String json = prefix + "a".repeat(Protocol.MAX_FRAME_BYTES - prefix.length() - 2) + "\"}";
    assertThat(json.length()).isEqualTo(Protocol.MAX_FRAME_BYTES);
    assertThat(codec.read(new ByteArrayInputStream(frame(json))).path("type").asString())
        .isEqualTo("x");
  }
}
