package com.maemuki.bridgelink.ipc.codec;

import com.maemuki.bridgelink.ipc.Protocol;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes frames: 4-byte big-endian length + UTF-8 JSON object with a string {@code type}.
 * Thread-safe; the streams are not (callers serialise writes to one stream).
 *
 * <p>The length is checked against {@link #maxFrameBytes()} before the payload buffer is allocated,
 * so a hostile prefix costs four bytes of reading and nothing else.
 */
public final class FrameCodec {
  private static final int PREFIX_BYTES = 4;

  private final JsonMapper mapper;
  private final int maxFrameBytes;

  /** A codec with the protocol's cap ({@link Protocol#MAX_FRAME_BYTES}). */
  public FrameCodec() {
    this(Protocol.MAX_FRAME_BYTES);
  }

  /** A codec with a custom cap (tests; never above the protocol's). */
  public FrameCodec(int maxFrameBytes) {
    if (maxFrameBytes <= 0 || maxFrameBytes > Protocol.MAX_FRAME_BYTES) {
      throw new IllegalArgumentException("cap must be in 1.." + Protocol.MAX_FRAME_BYTES);
    }
    this.maxFrameBytes = maxFrameBytes;
    this.mapper =
        JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
  }

  public int maxFrameBytes() {
    return maxFrameBytes;
  }

  /** The mapper used for payloads: callers build {@link ObjectNode}s with it. */
  public JsonMapper mapper() {
    return mapper;
  }

  /**
   * Reads one frame.
   *
   * @return the object, or {@code null} when the stream ends cleanly between frames
   * @throws FrameException for a truncated, oversized or malformed frame
   * @throws IOException when the stream itself fails
   */
  public ObjectNode read(InputStream in) throws IOException {
    byte[] prefix = new byte[PREFIX_BYTES];
    int got = in.readNBytes(prefix, 0, PREFIX_BYTES);
    if (got == 0) {
      return null;
    }
    if (got < PREFIX_BYTES) {
      throw new FrameException(
          FrameException.Reason.TRUNCATED, "stream ended inside a length prefix");
    }
    int length = ByteBuffer.wrap(prefix).getInt();
    if (length < 0 || length > maxFrameBytes) {
      throw new FrameException(
          FrameException.Reason.OVERSIZED,
          "frame of " + Integer.toUnsignedString(length) + " bytes exceeds " + maxFrameBytes);
    }
    byte[] payload = in.readNBytes(length);
    if (payload.length < length) {
      throw new FrameException(
          FrameException.Reason.TRUNCATED,
          "stream ended after " + payload.length + " of " + length + " payload bytes");
    }
    return decodePayload(payload);
  }

  /** Decodes a payload (without its prefix) into a typed JSON object. */
  public ObjectNode decodePayload(byte[] payload) throws FrameException {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(payload))
              .toString();
    } catch (CharacterCodingException e) {
      throw new FrameException(FrameException.Reason.MALFORMED_UTF8, "payload is not UTF-8");
    }
    JsonNode node;
    try {
      node = mapper.readTree(text);
    } catch (JacksonException | IllegalArgumentException e) {
      throw new FrameException(FrameException.Reason.NOT_JSON, "payload is not JSON");
    }
    if (node == null || node.isMissingNode()) {
      throw new FrameException(FrameException.Reason.NOT_JSON, "payload is empty");
    }
    if (!node.isObject()) {
      throw new FrameException(FrameException.Reason.NOT_OBJECT, "payload is not a JSON object");
    }
    JsonNode type = node.get("type");
    if (type == null || !type.isString() || type.stringValue().isEmpty()) {
      throw new FrameException(FrameException.Reason.MISSING_TYPE, "message has no type");
    }
    return (ObjectNode) node;
  }

  /**
   * Encodes one frame, prefix included, so that a message fanned out to many clients is serialised
   * once.
   *
   * @throws FrameException (OVERSIZED) when the JSON exceeds the cap
   */
  public byte[] encode(ObjectNode message) throws FrameException {
    byte[] json = mapper.writeValueAsBytes(message);
    if (json.length > maxFrameBytes) {
      throw new FrameException(
          FrameException.Reason.OVERSIZED,
          "outgoing message of " + json.length + " bytes exceeds " + maxFrameBytes);
    }
    byte[] frame = new byte[PREFIX_BYTES + json.length];
    ByteBuffer.wrap(frame).putInt(json.length).put(json);
    return frame;
  }

  /** Encodes and writes one frame, then flushes. */
  public void write(OutputStream out, ObjectNode message) throws IOException {
    out.write(encode(message));
    out.flush();
  }
}
