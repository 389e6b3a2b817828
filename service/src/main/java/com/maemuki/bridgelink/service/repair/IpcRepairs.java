package com.maemuki.bridgelink.service.repair;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.ipc.RepairEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

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

  public List<RepairEntry> entries() {
    List<RepairEntry> out = new ArrayList<>();
    List<Finding> findings = activeFindings.get();
    for (Repair r : registry.all()) {
      boolean any = false;
      for (Finding f : findings) {
        if (r.appliesTo(f)) {
          out.add(new RepairEntry(r.id(), r.title(), r.runsIn().wireName(), f.key()));
          any = true;
        }
      }
      if (!any) {
        out.add(new RepairEntry(r.id(), r.title(), r.runsIn().wireName(), null));
      }
    }
    return out;
  }

  /**
   * Runs a service repair for an authorized IPC caller. {@code params.findingKey} names the finding
   * clicked on; without it, the one active finding the repair addresses (if exactly one) is used.
   */
  public com.maemuki.bridgelink.service.ipc.RepairOutcome run(String id, ObjectNode params) {
    return run(id, params, "ipc client");
  }

  /**
   * {@link #run(String, ObjectNode)} naming the caller as the OS identified it ({@code "root (uid
   * 0)"}), for the audit record.
   */
  public com.maemuki.bridgelink.service.ipc.RepairOutcome run(
      String id, ObjectNode params, String who) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : params.properties()) {
      JsonNode v = e.getValue();
      if (v.isIntegralNumber() && v.canConvertToLong()) {
        values.put(e.getKey(), v.longValue());
      } else if (v.isString()) {
        values.put(e.getKey(), v.stringValue());
      } else {
        values.put(e.getKey(), v.toString());
      }
    }
    Object key = values.remove("findingKey");
    String findingKey = key instanceof String s ? s : soleFinding(id);
    RepairOutcome outcome =
        registry.run(
            id,
            values,
            findingKey,
            new RepairCaller(who, true, "authorized as operator by the ipc server"));
    return new com.maemuki.bridgelink.service.ipc.RepairOutcome(
        outcome.ok(), outcome.message(), outcome.cleared());
  }

  private String soleFinding(String id) {
    return registry
        .byId(id)
        .map(
            r -> {
              List<Finding> matches = activeFindings.get().stream().filter(r::appliesTo).toList();
              return matches.size() == 1 ? matches.get(0).key() : null;
            })
        .orElse(null);
  }
}
