package com.maemuki.bridgelink.ipc.transport.windows;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.ipc.transport.windows.PipeErrors.ConnectOutcome;
import org.junit.jupiter.api.Test;

/**
 * How the accept loop reads {@code ConnectNamedPipe}; pure, so it runs on Linux. The client-gone
 * case was found under Wine: a client that opens and closes the pipe before the server calls
 * ConnectNamedPipe left the instance answering ERROR_NO_DATA (232) for ever, and the server stopped
 * accepting.
 */
class PipeErrorsTest {

  @Test
  void successAndAnAlreadyConnectedClientAreConnections() {
    assertThat(PipeErrors.connectOutcome(true, 0)).isEqualTo(ConnectOutcome.CONNECTED);
    assertThat(PipeErrors.connectOutcome(false, 535)).isEqualTo(ConnectOutcome.CONNECTED);
  }

  @Test
  void ioPendingMeansWait() {
    assertThat(PipeErrors.connectOutcome(false, 997)).isEqualTo(ConnectOutcome.PENDING);
  }

  @Test
  void aClientThatCameAndWentIsDisconnectedAndTheInstanceReused() {
    assertThat(PipeErrors.connectOutcome(false, 232)).isEqualTo(ConnectOutcome.CLIENT_GONE);
    assertThat(PipeErrors.connectOutcome(false, 109)).isEqualTo(ConnectOutcome.CLIENT_GONE);
  }

  @Test
  void anythingElseFails() {
    assertThat(PipeErrors.connectOutcome(false, 6)).isEqualTo(ConnectOutcome.FAILED);
    assertThat(PipeErrors.connectOutcome(false, 995)).isEqualTo(ConnectOutcome.FAILED);
  }
}
