package com.maemuki.bridgelink.ipc.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.maemuki.bridgelink.ipc.transport.IpcConnection;
import com.maemuki.bridgelink.ipc.transport.IpcListener;
import com.maemuki.bridgelink.ipc.transport.IpcTransport;
import com.maemuki.bridgelink.ipc.transport.ServiceUnavailableException;
import com.maemuki.bridgelink.ipc.transport.UntrustedServerException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A pipe served by another process (the Windows transport's server-PID check) reaches the user as
 * its own sentence, never as "not running": through a session, a reconnecting client's state, and
 * back to "not running" when the impostor goes.
 */
class UntrustedServerTest {
  private static final String PIPE =
      "\\\\.\\pipe\\ProtectedPrefix\\Administrators\\MaemukiBridgeLink\\ipc";

  /** An endpoint whose connect fails with whatever {@code failure} holds now. */
  private static final class RefusingTransport implements IpcTransport {
    volatile IOException failure;

    @Override
    public IpcListener bind() {
      throw new UnsupportedOperationException();
    }

    @Override
    public IpcConnection connect(Duration timeout) throws IOException {
      throw failure;
    }

    @Override
    public String describe() {
      return PIPE;
    }
  }

  @Test
  void theSentenceNamesTheServingProcessAndWhatToDo() {
    assertThat(new UntrustedServerException(PIPE, 4321, -1).getMessage())
        .isEqualTo(
            "Refusing "
                + PIPE
                + ": process 4321 serves it, not the Bridge Link service, which is not running."
                + " Another program has taken the service's pipe name. End that program, then"
                + " start the Bridge Link service.");
    assertThat(new UntrustedServerException(PIPE, 4321, 88).getMessage())
        .contains(": process 4321 serves it, not the Bridge Link service (process 88).")
        .endsWith(
            "End that program, then restart the Bridge Link service so that it serves its pipe"
                + " again.");
    assertThat(new UntrustedServerException(PIPE, -1, -1).getMessage())
        .contains(": a process Windows does not name serves it, not the Bridge Link service");
  }

  @Test
  void aSessionRefusesWithItsOwnCodeAndTheSentence() {
    RefusingTransport transport = new RefusingTransport();
    transport.failure = new UntrustedServerException(PIPE, 4321, -1);
    assertThatThrownBy(() -> IpcSession.open(transport, SessionOptions.of("test"), null))
        .isInstanceOfSatisfying(
            IpcException.class,
            e -> {
              assertThat(e.code()).isEqualTo(IpcException.UNTRUSTED_SERVER);
              assertThat(e.getMessage()).startsWith("Refusing " + PIPE + ": process 4321");
            });
  }

  @Test
  void aReconnectingClientShowsTheRefusalThenNotRunningWhenTheImpostorGoes() throws Exception {
    RefusingTransport transport = new RefusingTransport();
    transport.failure = new UntrustedServerException(PIPE, 4321, -1);
    BlockingQueue<String> states = new LinkedBlockingQueue<>();
    try (IpcClient client =
        IpcClient.builder(transport, "test")
            .backoff(Duration.ofMillis(10), Duration.ofMillis(20))
            .onStateChange((state, detail) -> states.add(state + " " + detail))
            .build()) {
      client.start();
      assertThat(states.poll(10, TimeUnit.SECONDS))
          .startsWith("UNTRUSTED_SERVER Refusing " + PIPE + ": process 4321 serves it");
      assertThatThrownBy(() -> client.call("status.get", null))
          .isInstanceOf(IpcException.class)
          .hasMessageStartingWith("Refusing " + PIPE);

      transport.failure = new ServiceUnavailableException("no pipe " + PIPE, null);
      String next;
      do {
        next = states.poll(10, TimeUnit.SECONDS);
      } while (next != null && next.startsWith("UNTRUSTED_SERVER"));
      assertThat(next).isEqualTo("SERVICE_NOT_RUNNING no pipe " + PIPE);
    }
  }
}
