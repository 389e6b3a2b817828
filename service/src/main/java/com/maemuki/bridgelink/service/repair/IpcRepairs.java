package com.maemuki.bridgelink.service.repair;

import com.maemuki.bridgelink.ipc.contract.RepairListEntry;
import com.maemuki.bridgelink.ipc.contract.RepairRunParams;
import com.maemuki.bridgelink.ipc.contract.RepairRunResult;
import com.maemuki.bridgelink.service.finding.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The repair half of the IPC {@code ServiceFacade}: {@code repair.list} entries (one per active
 * finding a repair addresses, or one without a finding) and {@code repair.run}. The ipc server has
 * already authorized the caller as an operator; the registry writes the attempt's one audit line
 * (with the caller, the result and whether the finding cleared). Attempts the ipc server turns away
 * before they get here are audited by the service's {@code RepairAudit}.
 */
public final class IpcRepairs {

  private final RepairRegistry registry;
  private final Supplier<List<Finding>> activeFindings;

  public IpcRepairs(RepairRegistry registry, Supplier<List<Finding>> activeFindings) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.activeFindings = Objects.requireNonNull(activeFindings, "activeFindings");
  }

  /**
   * The {@code repair.list} entries; {@code allowed} is decided per caller by the ipc server. Every
   * service repair is listed (once per active finding it addresses, or once bare); so is the repair
   * of each active finding that the service does not run itself, as running in the tray: it runs as
   * the signed-in user, and {@code repair.run} refuses it.
   */
  public List<RepairListEntry> entries() {
    List<RepairListEntry> out = new ArrayList<>();
    List<Finding> findings = activeFindings.get();
    for (Finding f : findings) {
      if (f.repair() != null && registry.byId(f.repair()).isEmpty()) {
        out.add(new RepairListEntry(f.repair(), f.repair(), RepairListEntry.TRAY, null, f.key()));
      }
    }
    for (Repair r : registry.all()) {
      boolean any = false;
      for (Finding f : findings) {
        if (r.appliesTo(f)) {
          out.add(new RepairListEntry(r.id(), r.title(), r.runsIn().wireName(), null, f.key()));
          any = true;
        }
      }
      if (!any) {
        out.add(new RepairListEntry(r.id(), r.title(), r.runsIn().wireName(), null, null));
      }
    }
    return out;
  }

  /**
   * Runs a service repair for an authorized IPC caller, named as the OS identified it ({@code "root
   * (uid 0)"}) in the audit record. The finding is the one the request names by {@code findingKey},
   * else the active finding of the repair with the request's {@code subject}, else the one active
   * finding the repair addresses (if exactly one).
   */
  public RepairRunResult run(RepairRunParams request, String who) {
    RepairOutcome outcome =
        registry.run(
            request.id(),
            options(request.options()),
            findingKey(request).orElse(null),
            new RepairCaller(who, true, "authorized as operator by the ipc server"));
    return new RepairRunResult(outcome.ok(), outcome.message(), outcome.cleared());
  }

  /** Whole numbers as longs, text as it is, anything else spelled out: what repairs validate. */
  private static Map<String, Object> options(Map<String, Object> given) {
    Map<String, Object> out = new LinkedHashMap<>();
    given.forEach(
        (name, value) -> {
          if (value instanceof Integer || value instanceof Long) {
            out.put(name, ((Number) value).longValue());
          } else if (value instanceof String) {
            out.put(name, value);
          } else {
            out.put(name, String.valueOf(value));
          }
        });
    return out;
  }

  private Optional<String> findingKey(RepairRunParams request) {
    if (request.findingKey() != null && !request.findingKey().isBlank()) {
      return Optional.of(request.findingKey());
    }
    List<Finding> addressed =
        registry
            .byId(request.id())
            .map(r -> activeFindings.get().stream().filter(r::appliesTo).toList())
            .orElse(List.of());
    if (request.subject() != null) {
      return addressed.stream()
          .filter(f -> request.subject().equals(f.subject()))
          .map(Finding::key)
          .findFirst();
    }
    return addressed.size() == 1 ? Optional.of(addressed.get(0).key()) : Optional.empty();
  }
}
