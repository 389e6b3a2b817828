package com.maemuki.bridgelink.tray.scripted;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.ipc.contract.IpcMethod;
import com.maemuki.bridgelink.ipc.transport.IpcListener;
import com.maemuki.bridgelink.ipc.transport.unix.UnixSocketTransport;
import com.maemuki.bridgelink.tray.TrayAgent;
import com.maemuki.bridgelink.tray.action.DesktopActions;
import com.maemuki.bridgelink.tray.action.UserRepairs;
import com.maemuki.bridgelink.tray.connection.IpcServiceConnection;
import com.maemuki.bridgelink.tray.model.IconState;
import com.maemuki.bridgelink.tray.model.Notification;
import com.maemuki.bridgelink.tray.model.TrayModel;
import com.maemuki.bridgelink.tray.view.TrayView;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tray agent over the real IPC client and Unix socket transport against the scripted service,
 * without a display: snapshots, fault and recovery, a service restart, and a request reaching the
 * service.
 */
class IpcServiceConnectionTest {

  @Test
  void followsTheServiceThroughFaultsAndARestart(@TempDir Path dir) throws Exception {
    Path socket = dir.resolve("ipc.sock");
    Path control = Files.createDirectories(dir.resolve("control"));
    Files.writeString(control.resolve("state"), "ok");
    IpcListener server = ScriptedService.start(socket, control);
    List<TrayModel> rendered = new CopyOnWriteArrayList<>();
    IpcServiceConnection connection =
        new IpcServiceConnection(new UnixSocketTransport(socket), "tray/test");
    TrayAgent agent =
        new TrayAgent(
            connection,
            new DesktopActions() {
              @Override
              public void copyToClipboard(String text) {}

              @Override
              public void browse(URI page) {}
            },
            UserRepairs.none(),
            () -> {},
            () -> {},
            Clock.systemUTC());
    agent.start(
        new TrayView() {
          @Override
          public void render(TrayModel model) {
            rendered.add(model);
          }

          @Override
          public void notify(Notification notification) {}

          @Override
          public void onUiThread(Runnable task) {
            task.run();
          }

          @Override
          public String describe() {
            return "test";
          }

          @Override
          public void close() {}
        });
    try {
      await(() -> last(rendered) == IconState.OK);
      assertThat(rendered.get(rendered.size() - 1).tooltip())
          .isEqualTo("Bridge Link: Link ok: 1 peer watched");

      Files.writeString(control.resolve("state"), "down");
      await(() -> last(rendered) == IconState.DOWN);
      Files.writeString(control.resolve("state"), "ok");
      await(() -> last(rendered) == IconState.OK);

      assertThat(connection.request(IpcMethod.CHECK_NOW, null).get().path("started").asBoolean())
          .isTrue();
      assertThat(Files.readString(control.resolve("requests.log")))
          .contains("subscribe", "repair.list", "check.now");

      server.close();
      await(() -> last(rendered) == IconState.SERVICE_UNREACHABLE);
      Files.deleteIfExists(socket);
      server = ScriptedService.start(socket, control);
      await(() -> last(rendered) == IconState.OK);
    } finally {
      agent.stop();
      server.close();
    }
  }

  private static IconState last(List<TrayModel> rendered) {
    return rendered.isEmpty() ? null : rendered.get(rendered.size() - 1).icon();
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition within 20 s").isLessThan(end);
      Thread.sleep(10);
    }
  }
}
