package com.maemuki.bridgelink.service.ipc;

import static org.junit.jupiter.api.Assumptions.abort;

import com.maemuki.bridgelink.ipc.transport.IpcTransport;
import com.maemuki.bridgelink.ipc.transport.PipeSecurity;
import com.maemuki.bridgelink.ipc.transport.windows.NamedPipeTransport;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The IPC contract over named pipes (Windows, {@code mvn -B verify -Pwindows-it}). The pipes live
 * outside ProtectedPrefix so that an unelevated developer can run it; the client checks the server
 * PID against this very process, as the tray checks it against the SCM's.
 */
@EnabledOnOs(OS.WINDOWS)
@Tag("windows-it")
class NamedPipeContractTest extends IpcTransportContract {

  @Override
  protected IpcTransport newTransport() {
    String name = "\\\\.\\pipe\\MaemukiBridgeLinkTest\\" + UUID.randomUUID();
    PipeSecurity security =
        PipeSecurity.builder()
            .defaultOwner()
            .deny("NU", PipeSecurity.FULL_CONTROL)
            .allow("SY", PipeSecurity.FULL_CONTROL)
            .allow("BA", PipeSecurity.FULL_CONTROL)
            .allow("OW", PipeSecurity.FULL_CONTROL)
            .allow("IU", PipeSecurity.READ_WRITE_DATA)
            .withoutIntegrityLabel()
            .build();
    return new NamedPipeTransport(name, () -> ProcessHandle.current().pid(), security);
  }

  /**
   * A longer first-message deadline than the contract's 2 s: a cold JVM's first pipe connection
   * under Wine on a busy CI machine took longer than that to send its hello ("no hello within 2000
   * ms"); the deadline itself is tested by silentClientsAreClosedButSubscribersMayStayQuiet.
   */
  @Override
  protected IpcServerConfig testConfig() {
    return super.testConfig().withDeadlines(Duration.ofSeconds(10), Duration.ofMinutes(5));
  }

  @Override
  protected OtherLocalUser otherUser() {
    return abort(
        "a second Windows account needs credentials this test does not have; run the probe "
            + "manually as a standard user");
  }
}
