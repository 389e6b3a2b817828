package com.maemuki.bridgelink.service.link;

import com.maemuki.bridgelink.service.config.ConfigOverrides;
import com.maemuki.bridgelink.service.config.MachinePolicy;
import com.maemuki.bridgelink.service.platform.DaemonControl;
import java.nio.file.Path;

/**
 * How to start the monitor.
 *
 * @param configFile {@code config.json}, or null for none
 * @param configRequired whether a missing file is a problem (a person named it)
 */
public record DaemonOptions(
    Path configFile,
    boolean configRequired,
    MachinePolicy policy,
    ConfigOverrides overrides,
    DaemonControl daemonControl) {}
