package com.maemuki.bridgelink.service.repair;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.service.platform.ServiceControlResult;
import com.maemuki.bridgelink.service.platform.ServiceState;
import com.maemuki.bridgelink.service.platform.TailscaleServiceControl;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * {@code restart-tailscale}: starts a stopped Tailscale service, restarts a running one that does
 * not answer, then verifies that the LocalAPI answers.
 */
public final class RestartTailscaleRepair implements Repair {

  private final TailscaleServiceControl control;

  public RestartTailscaleRepair(TailscaleServiceControl control) {
    this.control = Objects.requireNonNull(control, "control");
  }

  @Override
  public String id() {
    return "restart-tailscale";
  }

  @Override
  public String title() {
    return "Restart the Tailscale service";
  }

  @Override
  public RunsIn runsIn() {
    return RunsIn.SERVICE;
  }

  @Override
  public boolean appliesTo(Finding finding) {
    return finding.code() == FindingCode.DAEMON_STOPPED
        || finding.code() == FindingCode.DAEMON_UNRESPONSIVE;
  }

  @Override
  public RepairOutcome run(RepairContext context) {
    if (control.unsupported().isPresent()) {
      return RepairOutcome.failed(control.unsupported().get().message());
    }
    Duration wait = Duration.between(Instant.now(), context.deadline()).minusSeconds(1);
    if (wait.isNegative() || wait.isZero()) {
      wait = Duration.ofSeconds(1);
    }
    ServiceState.Kind now = control.query().kind();
    ServiceControlResult result =
        now == ServiceState.Kind.RUNNING ? control.restart(wait) : control.start(wait);
    return result.ok()
        ? RepairOutcome.done(result.message())
        : RepairOutcome.failed(result.message());
  }
}
