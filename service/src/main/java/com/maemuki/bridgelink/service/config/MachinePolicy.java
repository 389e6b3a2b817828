package com.maemuki.bridgelink.service.config;

import java.util.List;
import java.util.Map;

/**
 * The machine policy port: administrator-set values that override {@code config.json}. On Windows
 * the MSI's properties live in {@code HKLM\SOFTWARE\Maemuki\BridgeLink} and Group Policy's in
 * {@code HKLM\SOFTWARE\Policies\Maemuki\BridgeLink}, which wins value by value; elsewhere in a
 * file. Adapters only read raw strings; {@link PolicySettings} interprets them in pure Java so the
 * same rules are tested everywhere.
 */
public interface MachinePolicy {

  /** Value names, exactly as in the registry. */
  String PEERS = "Peers";

  String PEER_PORTS = "PeerPorts";
  String LOCAL_PORTS = "LocalPorts";
  String ALLOW_USER_REPAIR = "AllowUserRepair";
  String OPERATORS_GROUP = "OperatorsGroup";
  String TRAY = "Tray";

  /**
   * Every value the service reads, in one list: the registry adapter reads exactly these, and the
   * shipped ADMX template must offer exactly these (AdmxTemplatesTest).
   */
  List<String> NAMES =
      List.of(PEERS, PEER_PORTS, LOCAL_PORTS, ALLOW_USER_REPAIR, OPERATORS_GROUP, TRAY);

  /**
   * The values that are set, by name; absent names are not in the map. Never throws: an adapter
   * that cannot read its store returns what it could read and logs why.
   */
  Map<String, String> read();

  /** Where the values come from, for messages ("HKLM\\...", a file path). */
  String describe();

  /** No policy at all. */
  static MachinePolicy none() {
    return new MachinePolicy() {
      @Override
      public Map<String, String> read() {
        return Map.of();
      }

      @Override
      public String describe() {
        return "no machine policy";
      }
    };
  }

  /** Fixed values: tests and callers that already hold the values. */
  static MachinePolicy of(Map<String, String> values) {
    Map<String, String> copy = Map.copyOf(values);
    return new MachinePolicy() {
      @Override
      public Map<String, String> read() {
        return copy;
      }

      @Override
      public String describe() {
        return "in-memory policy";
      }
    };
  }
}
