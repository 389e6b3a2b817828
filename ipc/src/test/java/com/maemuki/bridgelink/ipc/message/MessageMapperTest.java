package com.maemuki.bridgelink.ipc.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.maemuki.bridgelink.ipc.codec.FrameCodec;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class MessageMapperTest {
  private final FrameCodec codec = new FrameCodec();
  private final MessageMapper mapper = new MessageMapper(codec.mapper());

  private ObjectNode json(String text) {
    return (ObjectNode) codec.mapper().readTree(text);
  }

  @Test
  void everyMessageRoundTrips() throws ProtocolViolation {
    ObjectNode params = mapper.object().put("peer", "bridge-peer");
    List<Message> messages =
        List.of(
            new Hello(1, "tray/1.0.0"),
            new Welcome(1, "1.0.0", List.of("viewer", "operator")),
            new Request(7, "history.get", params),
            Response.success(7, mapper.object().put("ok", true)),
            Response.failure(8, new IpcError(IpcError.FORBIDDEN, "operators only")),
            new Event("snapshot", mapper.object().put("overall", "ok")),
            new ErrorMessage(new IpcError(IpcError.BAD_REQUEST, "hello first")));
    for (Message message : messages) {
      assertThat(mapper.read(mapper.write(message))).isEqualTo(message);
    }
  }

  @Test
  void readsTheDesignDocumentExamplesAndIgnoresUnknownFields() throws ProtocolViolation {
    assertThat(mapper.read(json("{\"type\":\"hello\",\"protocol\":1,\"client\":\"tray/1.0.0\"}")))
        .isEqualTo(new Hello(1, "tray/1.0.0"));
    assertThat(
            mapper.read(
                json(
                    "{\"type\":\"request\",\"id\":7,\"method\":\"status.get\",\"params\":{},"
                        + "\"future\":[1,2]}")))
        .isEqualTo(new Request(7, "status.get", mapper.object()));
    Message welcome =
        mapper.read(
            json(
                "{\"type\":\"welcome\",\"protocol\":1,\"service\":\"1.0.0\","
                    + "\"roles\":[\"viewer\"],\"extra\":true}"));
    assertThat(welcome).isEqualTo(new Welcome(1, "1.0.0", List.of("viewer")));
  }

  @Test
  void missingParamsAreAnEmptyObject() throws ProtocolViolation {
    Request request =
        (Request) mapper.read(json("{\"type\":\"request\",\"id\":1,\"method\":\"status.get\"}"));
    assertThat(request.params()).isEqualTo(mapper.object());
  }

  @Test
  void malformedMessagesAreViolationsWithBadRequest() {
    for (String text :
        List.of(
            "{\"type\":\"launch-missiles\"}",
            "{\"type\":\"hello\"}",
            "{\"type\":\"hello\",\"protocol\":\"one\"}",
            "{\"type\":\"request\",\"method\":\"status.get\"}",
            "{\"type\":\"request\",\"id\":1.5,\"method\":\"status.get\"}",
            "{\"type\":\"request\",\"id\":1,\"method\":\"\"}",
            "{\"type\":\"request\",\"id\":1,\"method\":\"x\",\"params\":[1]}",
            "{\"type\":\"error\",\"error\":\"boom\"}")) {
      assertThatThrownBy(() -> mapper.read(json(text)))
          .as(text)
          .isInstanceOfSatisfying(
              ProtocolViolation.class,
              e -> assertThat(e.error().code()).isEqualTo(IpcError.BAD_REQUEST));
    }
  }
}
