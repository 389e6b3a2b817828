package com.maemuki.bridgelink.service.ipc;

import com.maemuki.bridgelink.ipc.transport.IpcTransport;
import com.maemuki.bridgelink.ipc.transport.unix.UnixSocketTransport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The IPC contract over Unix domain sockets, with real second accounts for authorization. */
@DisabledOnOs(OS.WINDOWS)
class UnixSocketContractTest extends IpcTransportContract {
  private final AtomicInteger endpoints = new AtomicInteger();

  @TempDir Path temp;

  @Override
  protected IpcTransport newTransport() throws IOException {
    return new UnixSocketTransport(temp.resolve("s" + endpoints.incrementAndGet() + "/ipc.sock"));
  }

  @Override
  protected OtherLocalUser otherUser() throws Exception {
    return LinuxOtherUsers.create();
  }
}
