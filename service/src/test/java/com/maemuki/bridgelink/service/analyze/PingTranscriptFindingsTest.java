package com.maemuki.bridgelink.service.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.service.cli.BridgeLinkCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code bridge-link analyze} of a {@code tailscale ping} transcript that got nothing back
 * (cmd/tailscale/cli/ping.go: "ping … timed out" per try then "no reply"; a name that is neither a
 * peer nor in DNS fails in tailscaleIPFromArg with "error looking up IP of …").
 */
class PingTranscriptFindingsTest {

  @TempDir Path dir;

  private record Run(int exit, String out) {}

  private Run analyze(String transcript, String... more) throws Exception {
    Path file = Files.writeString(dir.resolve("ping.txt"), transcript);
    StringWriter out = new StringWriter();
    CommandLine cli = BridgeLinkCommand.newCommandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(new StringWriter()));
    String[] args = new String[2 + more.length];
    args[0] = "analyze";
    args[1] = file.toString();
    System.arraycopy(more, 0, args, 2, more.length);
    int exit = cli.execute(args);
    return new Run(exit, out.toString());
  }

  @Test
  void everyPingTimedOutNamesTheTargetUnreachable() throws Exception {
    Run r =
        analyze(
            """
            PS C:\\> tailscale ping -c 3 office-pc
            ping "100.64.0.2" timed out
            ping "100.64.0.2" timed out
            ping "100.64.0.2" timed out
            no reply
            """);
    assertThat(r.exit()).isEqualTo(AnalysisReport.EXIT_CRITICAL);
    assertThat(r.out())
        .contains("CRITICAL  peer-unreachable [office-pc]")
        .contains("office-pc is unreachable: all 3 Tailscale pings timed out (no reply).");
  }

  @Test
  void anUnresolvedNameIsAMagicDnsFinding() throws Exception {
    Run r =
        analyze(
            """
            $ tailscale ping ofice-pc
            error looking up IP of "ofice-pc": lookup ofice-pc: no such host
            """,
            "--json");
    assertThat(r.exit()).isNotZero();
    assertThat(r.out())
        .contains("\"code\" : \"peer-name-unresolved\"")
        .contains("\"subject\" : \"ofice-pc\"")
        .contains("lookup ofice-pc: no such host")
        .contains("MagicDNS");
  }

  @Test
  void aPingThatGotAnAnswerRaisesNothing() throws Exception {
    Run r =
        analyze(
            """
            $ tailscale ping -c 2 office-pc
            ping "100.64.0.2" timed out
            pong from office-pc (100.64.0.2) via 198.51.100.4:41641 in 23ms
            """);
    assertThat(r.exit()).isEqualTo(AnalysisReport.EXIT_OK);
    assertThat(r.out()).contains("Findings: none");
  }
}
