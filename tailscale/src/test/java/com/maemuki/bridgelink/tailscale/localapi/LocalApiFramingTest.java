package com.maemuki.bridgelink.tailscale.localapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.maemuki.bridgelink.testkit.localapi.ResponseFraming;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every body framing HTTP/1.1 allows, and the malformed ones, against the simulator. */
class LocalApiFramingTest extends SimulatorBackedTest {

  private String reference;

  @BeforeEach
  void readTheReferenceWithContentLength() throws Exception {
    fixture.simulator.faults().framing(ResponseFraming.of(ResponseFraming.Mode.CONTENT_LENGTH));
    reference = client.prefs();
  }

  @Test
  void manyOneByteChunksWithExtensionsAndTrailers() throws Exception {
    fixture
        .simulator
        .faults()
        .framing(
            ResponseFraming.chunked(
                1, "name=value;quoted=\"a;b\"", List.of("X-Checksum: 1234", "X-Other: yes")));

    assertThat(client.prefs()).isEqualTo(reference);
  }

  @Test
  void oddSizedChunksAndTheTailscaledDefault() throws Exception {
    fixture.simulator.faults().framing(ResponseFraming.chunked(7, "", List.of()));
    assertThat(client.prefs()).isEqualTo(reference);

    fixture.simulator.faults().framing(ResponseFraming.TAILSCALED);
    assertThat(client.prefs()).isEqualTo(reference);
    assertThat(client.status()).hasSizeGreaterThan(4096); // status spans several 4 KiB chunks
  }

  @Test
  void bodyDelimitedByTheServerClosing() throws Exception {
    fixture.simulator.faults().framing(ResponseFraming.of(ResponseFraming.Mode.CLOSE_DELIMITED));

    assertThat(client.prefs()).isEqualTo(reference);
  }

  @Test
  void garbageIsABadResponseThatQuotesTheBytes() {
    fixture.simulator.faults().garbage("status");

    assertThatThrownBy(() -> client.status())
        .isInstanceOfSatisfying(
            BadResponseException.class,
            e -> assertThat(e.statusCode()).isEqualTo(BadResponseException.NO_STATUS))
        .hasMessageContaining("malformed response to status")
        .hasMessageContaining("not an HTTP response")
        .hasMessageContaining("\\x00\\x01SSH-2.0");
  }

  @Test
  void aConnectionClosedWithoutAResponseIsABadResponse() {
    fixture.simulator.faults().drop("prefs");

    assertThatThrownBy(() -> client.prefs())
        .isInstanceOf(BadResponseException.class)
        .hasMessageContaining("closed without a response");
  }

  @Test
  void aBodyOverTheCapIsRefused() {
    LocalApiClient small = fixture.client(Duration.ofSeconds(5), 1024);

    assertThatThrownBy(small::status)
        .isInstanceOf(BadResponseException.class)
        .hasMessageContaining("larger than the 1024-byte limit");
  }

  @Test
  void aHungDaemonTimesOutAtTheDeadline() {
    fixture.simulator.faults().hang("*");
    LocalApiClient quick = fixture.client(Duration.ofMillis(500), 1 << 20);

    long started = System.nanoTime();
    assertThatThrownBy(quick::status)
        .isInstanceOf(LocalApiTimeoutException.class)
        .hasMessageContaining("did not answer status within 500 ms");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
  }
}
