package com.maemuki.bridgelink.service.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Machine policy values, interpreted. A null field is not set by policy. Lists are comma-separated,
 * as the MSI properties and the ADMX write them ({@code "bridge-peer,other"}, {@code "3389, 22"}).
 * A malformed value is reported as a problem on {@code policy:<Name>} and ignored; the other values
 * still apply.
 */
public record PolicySettings(
    List<String> peers,
    List<Integer> peerPorts,
    List<Integer> localPorts,
    Boolean allowUserRepair,
    String operatorsGroup,
    String tray) {

  public static PolicySettings parse(Map<String, String> raw, List<ConfigProblem> problems) {
    return new PolicySettings(
        names(raw.get(MachinePolicy.PEERS), problems),
        ports(MachinePolicy.PEER_PORTS, raw.get(MachinePolicy.PEER_PORTS), problems),
        ports(MachinePolicy.LOCAL_PORTS, raw.get(MachinePolicy.LOCAL_PORTS), problems),
        flag(raw.get(MachinePolicy.ALLOW_USER_REPAIR), problems),
        operatorsGroup(raw.get(MachinePolicy.OPERATORS_GROUP), problems),
        tray(raw.get(MachinePolicy.TRAY), problems));
  }

  /** Applies these settings over {@code config}: policy wins over the file. */
  public BridgeLinkConfig applyTo(BridgeLinkConfig config) {
    List<PeerConfig> result = new ArrayList<>();
    if (peers != null) {
      for (String name : peers) {
        // A policy peer keeps the ports the file gives a peer of the same name.
        PeerConfig fromFile = config.peer(name);
        result.add(fromFile != null ? fromFile : PeerConfig.named(name));
      }
    } else {
      result.addAll(config.peers());
    }
    if (peerPorts != null || localPorts != null) {
      result.replaceAll(
          p ->
              new PeerConfig(
                  p.name(),
                  p.host(),
                  peerPorts != null ? peerPorts : p.ports(),
                  localPorts != null ? localPorts : p.localPorts()));
    }
    return config
        .withPeers(result)
        .withPolicyFlags(
            allowUserRepair != null ? allowUserRepair : config.allowUserRepair(),
            tray != null ? tray : config.tray())
        .withOperatorsGroup(operatorsGroup != null ? operatorsGroup : config.operatorsGroup());
  }

  private static String field(String name) {
    return "policy:" + name;
  }

  private static List<String> names(String value, List<ConfigProblem> problems) {
    if (value == null) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (String item : split(value)) {
      if (!ConfigLimits.PEER_NAME.matcher(item).matches()) {
        problems.add(
            new ConfigProblem(
                field(MachinePolicy.PEERS), "\"" + item + "\" is not a valid peer name"));
        return null;
      }
      if (!names.contains(item)) {
        names.add(item);
      }
    }
    if (names.size() > ConfigLimits.MAX_PEERS) {
      problems.add(
          new ConfigProblem(
              field(MachinePolicy.PEERS), "at most " + ConfigLimits.MAX_PEERS + " peers"));
      return null;
    }
    return names;
  }

  private static List<Integer> ports(String name, String value, List<ConfigProblem> problems) {
    if (value == null) {
      return null;
    }
    List<Integer> ports = new ArrayList<>();
    for (String item : split(value)) {
      int port;
      try {
        port = Integer.parseInt(item);
      } catch (NumberFormatException e) {
        port = -1;
      }
      if (port < 1 || port > 65535) {
        problems.add(
            new ConfigProblem(field(name), "\"" + item + "\" is not a port number (1-65535)"));
        return null;
      }
      if (!ports.contains(port)) {
        ports.add(port);
      }
    }
    if (ports.size() > ConfigLimits.MAX_PORTS) {
      problems.add(new ConfigProblem(field(name), "at most " + ConfigLimits.MAX_PORTS + " ports"));
      return null;
    }
    return ports;
  }

  private static Boolean flag(String value, List<ConfigProblem> problems) {
    if (value == null) {
      return null;
    }
    switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "1":
      case "true":
      case "yes":
      case "always":
        return true;
      case "0":
      case "false":
      case "no":
      case "never":
        return false;
      default:
        problems.add(
            new ConfigProblem(
                field(MachinePolicy.ALLOW_USER_REPAIR), "must be always/never (or 1/0)"));
        return null;
    }
  }

  private static String operatorsGroup(String value, List<ConfigProblem> problems) {
    if (value == null) {
      return null;
    }
    String problem = OperatorsGroupSetting.problem(value.strip());
    if (problem != null) {
      problems.add(new ConfigProblem(field(MachinePolicy.OPERATORS_GROUP), problem));
      return null;
    }
    return value.strip();
  }

  private static String tray(String value, List<ConfigProblem> problems) {
    if (value == null) {
      return null;
    }
    String mode = value.trim().toLowerCase(Locale.ROOT);
    if (!mode.equals("show") && !mode.equals("hide")) {
      problems.add(new ConfigProblem(field(MachinePolicy.TRAY), "must be show or hide"));
      return null;
    }
    return mode;
  }

  private static List<String> split(String value) {
    List<String> items = new ArrayList<>();
    for (String part : value.split(",")) {
      if (!part.isBlank()) {
        items.add(part.trim());
      }
    }
    return items;
  }
}
