package com.maemuki.bridgelink.service.ipc;

import com.maemuki.bridgelink.ipc.Protocol;
import com.maemuki.bridgelink.ipc.codec.FrameCodec;
import com.maemuki.bridgelink.ipc.transport.IpcConnection;
import com.maemuki.bridgelink.ipc.transport.IpcTransport;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.databind.node.ObjectNode;

/** A misbehaving client: writes whatever bytes a test wants and reads frames back. */
final class RawClient implements AutoCloseable {
  private final IpcConnection connection;
  private final FrameCodec codec = new FrameCodec();

  RawClient(IpcTransport transport) throws IOException {
    this.connection = transport.connect(Duration.ofSeconds(5));
  }

  void bytes(byte[] bytes) throws IOException {
    connection.output().write(bytes);
    connection.output().flush();
  }

  /** Sends {@code payload} in a correct frame. */
  void frame(byte[] payload) throws IOException {
    bytes(ByteBuffer.allocate(4 + payload.length).putInt(payload.length).put(payload).array());
  }

  void json(String text) throws IOException {
    frame(text.getBytes(StandardCharsets.UTF_8));
  }

  void hello() throws IOException {
    json("{\"type\":\"hello\",\"protocol\":" + Protocol.VERSION + ",\"client\":\"raw/1\"}");
  }

  /** The next frame, or null when the server closed the connection. */
  ObjectNode read() throws IOException {
    try {
      return codec.read(connection.input());
    } catch (IOException e) {
      return null;
    }
  }

  @Override
  public void close() {
    connection.close();
  }
}
