package com.maemuki.bridgelink.service.ipc;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.repair.Repair;
import com.maemuki.bridgelink.service.repair.RepairContext;
import com.maemuki.bridgelink.service.repair.RepairOutcome;
import com.maemuki.bridgelink.service.repair.RunsIn;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A service repair that holds until the test releases it: a stand-in for a slow firewall edit. */
final class LatchRepair implements Repair {
  final CountDownLatch started = new CountDownLatch(1);
  final CountDownLatch release = new CountDownLatch(1);
  final CountDownLatch finished = new CountDownLatch(1);
  private final String id;

  LatchRepair(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String title() {
    return "Slow repair " + id;
  }

  @Override
  public RunsIn runsIn() {
    return RunsIn.SERVICE;
  }

  @Override
  public boolean appliesTo(Finding finding) {
    return false;
  }

  @Override
  public RepairOutcome run(RepairContext context) {
    started.countDown();
    try {
      if (!release.await(30, TimeUnit.SECONDS)) {
        return RepairOutcome.failed("never released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return RepairOutcome.failed("interrupted");
    }
    finished.countDown();
    return RepairOutcome.done("Slow repair " + id + " done.");
  }

  /** Waits until the repair is running inside the service. */
  void awaitStarted() throws InterruptedException {
    if (!started.await(20, TimeUnit.SECONDS)) {
      throw new AssertionError("repair " + id + " never started");
    }
  }
}
