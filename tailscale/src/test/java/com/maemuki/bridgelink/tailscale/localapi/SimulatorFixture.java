package com.maemuki.bridgelink.tailscale.localapi;

import com.maemuki.bridgelink.testkit.localapi.LocalApiSimulator;
import com.maemuki.bridgelink.testkit.localapi.SampleTailnet;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/** A simulator on a real Unix socket in a temp dir, and a client dialling it. */
final class SimulatorFixture implements AutoCloseable {

  final Path socket;
  final LocalApiSimulator simulator;

  SimulatorFixture(Path dir) throws IOException {
    socket = dir.resolve("tailscaled.sock");
    simulator = LocalApiSimulator.start(socket, SampleTailnet.office());
  }

  LocalApiClient client() {
    return new LocalApiClient(new UnixSocketDialer(socket));
  }

  LocalApiClient client(Duration deadline, long maxBody) {
    return new LocalApiClient(new UnixSocketDialer(socket), deadline, maxBody);
  }

  @Override
  public void close() throws IOException {
    simulator.close();
  }
}
