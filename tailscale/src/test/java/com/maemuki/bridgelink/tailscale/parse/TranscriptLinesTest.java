package com.maemuki.bridgelink.tailscale.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TranscriptLinesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "$ tailscale ping -c 3 peer|ping",
        "user@host:~$ tailscale status --json|status",
        "[root@host ~]# tailscale netcheck|netcheck",
        "PS C:\\Users\\ops> tailscale ping peer|ping",
        "PS C:\\> & \"C:\\Program Files\\Tailscale\\tailscale.exe\" status|status",
        "C:\\Users\\ops>tailscale.exe ping peer|ping",
        "% sudo tailscale --socket=/tmp/ts.sock status|status",
        "tailscale ping peer|ping",
      })
  void promptsBecomeCommandLines(String line, String subcommand) {
    List<TranscriptLines.Line> lines = TranscriptLines.clean(line + "\n");
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0).subcommand()).isEqualTo(subcommand);
  }

  @Test
  void timestampsCtrlCBlankPromptsAndOtherCommandsAreStripped() {
    String text =
        "\uFEFF2024/03/01 10:12:05 no reply\r\n"
            + "2026-08-20T14:03:44.918+02:00: pong\r\n"
            + "[14:03:44] hello\r\n"
            + "^C\r\n"
            + "^Ccontext canceled\r\n"
            + "user@host:~$ ls -l\r\n"
            + "PS C:\\> \r\n"
            + "\u001B[32mgreen\u001B[0m\r\n"
            + "> quoted line\r\n"
            + "#     - Run `tailscale update` now\r\n"
            + "\r\n\r\n";
    assertThat(TranscriptLines.clean(text))
        .extracting(TranscriptLines.Line::text)
        .containsExactly(
            "no reply",
            "pong",
            "hello",
            "",
            "context canceled",
            "green",
            "quoted line",
            "#     - Run `tailscale update` now");
  }

  @Test
  void utf16LittleEndianFromPowershellRedirect() {
    byte[] bom = {(byte) 0xFF, (byte) 0xFE};
    byte[] body = "Tailscale is stopped.\r\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, 2);
    System.arraycopy(body, 0, all, 2, body.length);
    assertThat(TextDecoding.looksBinary(all)).isFalse();
    assertThat(TextDecoding.decode(all)).isEqualTo("Tailscale is stopped.\n");
  }

  @Test
  void binaryIsRecognised() {
    assertThat(TextDecoding.looksBinary(new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 1, 2})).isTrue();
    assertThat(TextDecoding.looksBinary("plain text\n".getBytes(StandardCharsets.UTF_8))).isFalse();
  }
}
