package com.maemuki.bridgelink.service.cli;

import com.maemuki.bridgelink.ipc.client.IpcException;
import com.maemuki.bridgelink.ipc.client.IpcSession;
import com.maemuki.bridgelink.ipc.client.SessionOptions;
import com.maemuki.bridgelink.ipc.contract.ContractJson;
import com.maemuki.bridgelink.ipc.contract.FindingData;
import com.maemuki.bridgelink.ipc.contract.IpcMethod;
import com.maemuki.bridgelink.ipc.contract.SnapshotData;
import com.maemuki.bridgelink.service.cli.status.StatusEndpoint;
import com.maemuki.bridgelink.tailscale.repair.FindingRecheck;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The re-check after a user repair from the command line, over the service's IPC: {@code check.now}
 * (the monitor runs every source at once) and {@code status.get}, until a snapshot made after the
 * repair no longer shows the finding, or {@link #LIMIT} passes with fresh snapshots still showing
 * it (the monitor's damping may want a few clean checks before it clears a finding; an unchanged
 * reading is evaluated again at least every 10 s). Only viewer rights are needed.
 */
final class ServiceRecheck implements FindingRecheck {

  static final Duration LIMIT = Duration.ofSeconds(15);
  private static final Duration PAUSE = Duration.ofMillis(500);

  private final StatusEndpoint endpoint;
  private final Clock clock;

  ServiceRecheck(StatusEndpoint endpoint, Clock clock) {
    this.endpoint = endpoint;
    this.clock = clock;
  }

  @Override
  public Optional<Boolean> gone(Predicate<Active> target) {
    Instant repaired = clock.instant();
    Instant end = repaired.plus(LIMIT);
    boolean sawFresh = false;
    try (IpcSession session = endpoint.open(SessionOptions.of("bridge-link-repair"))) {
      while (true) {
        session.call(IpcMethod.CHECK_NOW.wireName(), null);
        SnapshotData snapshot =
            ContractJson.read(
                session.call(IpcMethod.STATUS_GET.wireName(), null), SnapshotData.class);
        if (madeAfter(snapshot, repaired)) {
          sawFresh = true;
          if (snapshot.findings().stream().map(ServiceRecheck::active).noneMatch(target)) {
            return Optional.of(true);
          }
        }
        if (!clock.instant().isBefore(end)) {
          // Fresh checks still show it: not cleared. None came: we could not tell.
          return sawFresh ? Optional.of(false) : Optional.empty();
        }
        Thread.sleep(PAUSE.toMillis());
      }
    } catch (IpcException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private static Active active(FindingData f) {
    return new Active(f.key(), f.repair());
  }

  private static boolean madeAfter(SnapshotData snapshot, Instant repaired) {
    try {
      return snapshot.time() != null && !Instant.parse(snapshot.time()).isBefore(repaired);
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
