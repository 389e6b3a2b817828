package com.maemuki.bridgelink.service.host;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.ipc.transport.Transports;
import com.maemuki.bridgelink.service.platform.DataDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** procrun's contract: start blocks on its thread until stop, called on another, releases it. */
class ProcrunEntryTest {

  @AfterEach
  void restoreProductionDaemons() {
    ProcrunEntry.useDaemons(ServiceDaemons::forService);
    ProcrunEntry.useExit(System::exit);
  }

  @Test
  void startBlocksUntilStopIsCalledFromAnotherThread() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    AtomicReference<String[]> argsSeen = new AtomicReference<>();
    ProcrunEntry.useDaemons(
        args -> {
          argsSeen.set(args);
          return () -> {
            started.countDown();
            return closed::countDown;
          };
        });
    Thread procrunWorker =
        new Thread(() -> ProcrunEntry.start(new String[] {"--from-procrun"}), "procrun-start");
    procrunWorker.start();
    assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
    assertThat(procrunWorker.isAlive()).as("start blocks while the service runs").isTrue();

    CompletableFuture<Void> stop =
        CompletableFuture.runAsync(() -> ProcrunEntry.stop(new String[0]));

    stop.get(30, TimeUnit.SECONDS);
    procrunWorker.join(30_000);
    assertThat(procrunWorker.isAlive()).as("start returned").isFalse();
    assertThat(closed.getCount()).as("daemon closed").isZero();
    assertThat(argsSeen.get()).containsExactly("--from-procrun");
  }

  @Test
  void theProductionServiceRunsItsDaemonUntilStopped(@TempDir Path dir) throws Exception {
    // The real monitor with its data directory and IPC socket kept in the test's directory.
    Path socket = dir.resolve("ipc/ipc.sock");
    System.setProperty(DataDirectory.PROPERTY, dir.resolve("data").toString());
    System.setProperty(Transports.SOCKET_PROPERTY, socket.toString());
    try {
      runTheProductionDaemon(socket);
    } finally {
      System.clearProperty(DataDirectory.PROPERTY);
      System.clearProperty(Transports.SOCKET_PROPERTY);
    }
  }

  private static void runTheProductionDaemon(Path socket) throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    ProcrunEntry.useDaemons(
        args ->
            () -> {
              AutoCloseable production = ServiceDaemons.forService(args).start();
              started.countDown();
              return production;
            });
    Thread procrunWorker = new Thread(() -> ProcrunEntry.start(new String[0]), "procrun-start");
    procrunWorker.start();
    assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.exists(socket)).as("the service serves IPC").isTrue();

    ProcrunEntry.stop(new String[0]);

    procrunWorker.join(30_000);
    assertThat(procrunWorker.isAlive()).isFalse();
    assertThat(Files.exists(socket)).as("the endpoint is removed on stop").isFalse();
  }

  @Test
  void aStopThatOvertakesTheStartEndsItAtOnce() {
    CountDownLatch started = new CountDownLatch(1);
    ProcrunEntry.useDaemons(
        args ->
            () -> {
              started.countDown();
              return () -> {};
            });

    ProcrunEntry.stop(new String[0]);
    ProcrunEntry.start(new String[0]);

    assertThat(started.getCount()).as("the daemon never started").isOne();
  }

  @Test
  void aDaemonThatCannotStartEndsTheJvmWithAFailureCode() {
    AtomicReference<Integer> exitCode = new AtomicReference<>();
    ProcrunEntry.useExit(exitCode::set);
    ProcrunEntry.useDaemons(
        args ->
            () -> {
              throw new IllegalStateException("cannot read the policy");
            });

    ProcrunEntry.start(new String[0]);

    assertThat(exitCode.get()).isEqualTo(ProcrunEntry.EXIT_START_FAILED);
  }
}
