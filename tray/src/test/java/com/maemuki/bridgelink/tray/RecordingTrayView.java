package com.maemuki.bridgelink.tray;

import com.maemuki.bridgelink.tray.model.Notification;
import com.maemuki.bridgelink.tray.model.TrayModel;
import com.maemuki.bridgelink.tray.view.TrayView;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records what the agent shows. */
final class RecordingTrayView implements TrayView {
  final List<TrayModel> rendered = new CopyOnWriteArrayList<>();
  final List<Notification> notified = new CopyOnWriteArrayList<>();

  @Override
  public void render(TrayModel model) {
    rendered.add(model);
  }

  @Override
  public void notify(Notification notification) {
    notified.add(notification);
  }

  @Override
  public void onUiThread(Runnable task) {
    task.run();
  }

  @Override
  public String describe() {
    return "recording";
  }

  @Override
  public void close() {}

  TrayModel last() {
    return rendered.isEmpty() ? null : rendered.get(rendered.size() - 1);
  }
}
