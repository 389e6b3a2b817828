package com.maemuki.bridgelink.service.monitor.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RepeatedBodyTest {

  private final List<String> parsed = new ArrayList<>();

  private String parse(String body) {
    parsed.add(body);
    return "parsed:" + body.length() + ":" + parsed.size();
  }

  @Test
  void identicalBodyIsNotParsedAgainAndGivesTheSameObject() throws Exception {
    RepeatedBody<String> memo = new RepeatedBody<>();
    String first = memo.parse("{\n\t\"CorpDNS\": true\n}\n", this::parse);
    String second = memo.parse("{\n\t\"CorpDNS\": true\n}\n", this::parse);
    assertSame(first, second);
    assertEquals(1, parsed.size());
  }

  @Test
  void differentBodyIsParsed() throws Exception {
    RepeatedBody<String> memo = new RepeatedBody<>();
    String yes = "{\n\t\"CorpDNS\": true\n}\n";
    String no = "{\n\t\"CorpDNS\": false\n}\n";
    String first = memo.parse(yes, this::parse);
    String second = memo.parse(no, this::parse);
    assertEquals(List.of(yes, no), parsed);
    assertEquals("parsed:" + yes.length() + ":1", first);
    assertEquals("parsed:" + no.length() + ":2", second);
    // and back again: compared with the last body, not with any earlier one
    memo.parse("{\n\t\"CorpDNS\": true\n}\n", this::parse);
    assertEquals(3, parsed.size());
  }

  @Test
  void tickingFieldLinesDoNotCountAsAChange() throws Exception {
    RepeatedBody<String> memo = new RepeatedBody<>(Set.of("RxBytes", "LastHandshake"));
    String a =
        "{\n\t\"Peer\": {\n\t\t\"RxBytes\": 10,\n\t\t\"LastHandshake\": \"2026-01-01T00:00:00Z\",\n\t\t\"Online\": true\n\t}\n}";
    String b =
        "{\n\t\"Peer\": {\n\t\t\"RxBytes\": 99,\n\t\t\"LastHandshake\": \"2026-01-01T00:02:00Z\",\n\t\t\"Online\": true\n\t}\n}";
    String c =
        "{\n\t\"Peer\": {\n\t\t\"RxBytes\": 99,\n\t\t\"LastHandshake\": \"2026-01-01T00:02:00Z\",\n\t\t\"Online\": false\n\t}\n}";
    String first = memo.parse(a, this::parse);
    assertSame(first, memo.parse(b, this::parse));
    assertEquals(1, parsed.size());
    memo.parse(c, this::parse);
    assertEquals(List.of(a, c), parsed);
  }

  @Test
  void significantTextKeepsEverythingButIgnoredFieldLines() {
    RepeatedBody<String> memo = new RepeatedBody<>(Set.of("RxBytes"));
    assertEquals(
        "{\r\n  \"Online\": true\r\n}",
        memo.significant("{\r\n  \"RxBytes\": 5,\r\n  \"Online\": true\r\n}"));
    // an object value spans lines: its opening line stays
    assertEquals("{\n\"RxBytes\": {\n}", memo.significant("{\n\"RxBytes\": {\n}"));
  }

  @Test
  void compactJsonIsComparedWhole() throws Exception {
    RepeatedBody<String> memo = new RepeatedBody<>(Set.of("RxBytes"));
    memo.parse("{\"RxBytes\":1,\"Online\":true}", this::parse);
    memo.parse("{\"RxBytes\":2,\"Online\":true}", this::parse);
    assertEquals(2, parsed.size());
  }

  @Test
  void aFailedParseIsNotRemembered() throws Exception {
    RepeatedBody<String> memo = new RepeatedBody<>();
    assertThrows(
        IllegalStateException.class,
        () ->
            memo.parse(
                "bad",
                body -> {
                  throw new IllegalStateException("no");
                }));
    memo.parse("bad", this::parse);
    assertEquals(List.of("bad"), parsed);
  }
}
