package com.maemuki.bridgelink.service.config;

import java.util.Map;

/**
 * The machine policy port: administrator-set values that override {@code config.json}. On Windows
 * they live in {@code HKLM\SOFTWARE\Policies\Maemuki\BridgeLink} (written by the MSI or Group
 * Policy); elsewhere in a file. Adapters only read raw strings; {@link PolicySettings} interprets
 * them in pure Java so the same rules are tested everywhere.
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
