package com.maemuki.bridgelink.service.cli;

import com.maemuki.bridgelink.service.config.ConfigOverrides;
import com.maemuki.bridgelink.service.daemon.DaemonOptions;
import com.maemuki.bridgelink.service.platform.DataDirectory;
import com.maemuki.bridgelink.service.platform.Platforms;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The options {@code run} and {@code doctor} share: where the config and tailscaled are. */
final class MonitorOptions {

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "config.json to use (default: ${sys:"
              + HelpDefaults.CONFIG_FILE
              + "}, read if it exists; BRIDGE_LINK_DATA_DIR moves it).")
  Path config;

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  String socket;

  @Option(
      names = "--socket",
      paramLabel = "PATH",
      description = "tailscaled's LocalAPI socket or named pipe (default: the platform's).")
  void socket(String value) {
    socket = SocketOption.check(spec, value);
  }

  @Option(
      names = "--peer",
      paramLabel = "NAME",
      description = "Watch this peer (MagicDNS name, FQDN, Tailscale IP or node ID); repeatable.")
  List<String> peers = new ArrayList<>();

  DaemonOptions toDaemonOptions() {
    boolean named = config != null;
    Path file = named ? config : DataDirectory.defaultConfigFile();
    return new DaemonOptions(
        file,
        named,
        Platforms.machinePolicy(),
        new ConfigOverrides(peers, socket),
        Platforms.daemonControl());
  }
}
