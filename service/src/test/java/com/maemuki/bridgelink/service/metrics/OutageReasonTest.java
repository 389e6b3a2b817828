package com.maemuki.bridgelink.service.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-line outage reason and the host name read without DNS. */
class OutageReasonTest {

  @TempDir Path dir;

  @Test
  void theRootCauseInOneShortLine() {
    Exception wrapped = new Exception(new ConnectException("Connection refused"));
    assertThat(OutageLoggingSender.reason(wrapped))
        .isEqualTo("ConnectException: Connection refused");
    String html = "<html>\n<body>" + "x".repeat(500) + "</body>\n</html>";
    String reason = OutageLoggingSender.reason(new IllegalStateException(html));
    assertThat(reason).doesNotContain("\n").startsWith("IllegalStateException: <html> <body>xxx");
    assertThat(reason.length()).isLessThanOrEqualTo(201);
    assertThat(OutageLoggingSender.reason(new java.net.SocketTimeoutException()))
        .isEqualTo("SocketTimeoutException");
  }

  @Test
  void kernelHostNameIsTrimmedAndMissingIsNull() throws Exception {
    Path file = Files.writeString(dir.resolve("hostname"), "bridge-pc\n");
    assertThat(ResourceIdentity.kernelHostName(file)).isEqualTo("bridge-pc");
    assertThat(ResourceIdentity.kernelHostName(dir.resolve("missing"))).isNull();
    assertThat(ResourceIdentity.hostName()).isNotBlank();
  }
}
