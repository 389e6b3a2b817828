package com.maemuki.bridgelink.service.platform.windows;

import com.maemuki.bridgelink.service.platform.FirewallEditResult;
import com.maemuki.bridgelink.service.platform.FirewallEditor;
import com.maemuki.bridgelink.service.platform.FirewallInspection;
import com.maemuki.bridgelink.service.platform.FirewallReader;
import com.maemuki.bridgelink.service.platform.firewall.FirewallParseException;
import com.maemuki.bridgelink.service.platform.firewall.FirewallSnapshotParser;
import com.maemuki.bridgelink.service.platform.firewall.PowerShellCommands;
import com.maemuki.bridgelink.tailscale.process.CommandResult;
import com.maemuki.bridgelink.tailscale.process.CommandRunner;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Windows Firewall through the shipped PowerShell scripts: run by absolute path with an
 * argument list and a deadline, output parsed as JSON. No JNA here, so it is tested on Linux with a
 * stand-in program that prints what the real script prints.
 */
public final class PowerShellFirewall implements FirewallReader, FirewallEditor {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The reason when powershell.exe exits 0 without a word: no usable PowerShell here. */
  static final String UNAVAILABLE =
      "PowerShell is unavailable: powershell.exe exited 0 without printing anything (no working"
          + " PowerShell or NetSecurity cmdlets on this machine), so the firewall cannot be read;"
          + " everything else is still monitored";

  private final CommandRunner runner;
  private final PowerShellCommands commands;
  private final Duration deadline;

  public PowerShellFirewall(CommandRunner runner, PowerShellCommands commands, Duration deadline) {
    this.runner = Objects.requireNonNull(runner, "runner");
    this.commands = Objects.requireNonNull(commands, "commands");
    this.deadline = Objects.requireNonNull(deadline, "deadline");
  }

  @Override
  public FirewallInspection read(List<Integer> localPorts) {
    CommandResult result;
    try {
      result = runner.run(commands.inspect(localPorts), deadline);
    } catch (IOException e) {
      return new FirewallInspection.Failed("cannot run PowerShell: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new FirewallInspection.Failed("cannot run PowerShell: interrupted");
    }
    if (result.timedOut()) {
      return new FirewallInspection.Failed(
          "the firewall inspection took longer than "
              + deadline.toSeconds()
              + " s and was stopped");
    }
    if (result.exitCode() != 0) {
      return new FirewallInspection.Failed(
          "the firewall inspection failed (exit "
              + result.exitCode()
              + "): "
              + result.firstErrorLine());
    }
    if (result.stdout().isBlank()) {
      // The script always prints JSON; a clean exit with nothing at all is no working PowerShell
      // (Wine's powershell.exe is such a stub), not a firewall state.
      return new FirewallInspection.Failed(UNAVAILABLE);
    }
    try {
      return new FirewallInspection.Inspected(new FirewallSnapshotParser().parse(result.stdout()));
    } catch (FirewallParseException e) {
      return new FirewallInspection.Failed(e.getMessage());
    }
  }

  @Override
  public FirewallEditResult openInboundPort(int port) {
    return edit(commands.openInboundPort(port), "TCP " + port);
  }

  @Override
  public FirewallEditResult closeInboundPort(int port) {
    return edit(commands.closeInboundPort(port), "TCP " + port);
  }

  @Override
  public FirewallEditResult allowPing() {
    return edit(commands.allowPing(), "ping");
  }

  @Override
  public FirewallEditResult setAdapterPrivate() {
    return edit(commands.setAdapterPrivate(), "the Tailscale adapter");
  }

  private FirewallEditResult edit(List<String> command, String what) {
    CommandResult result;
    try {
      result = runner.run(command, deadline);
    } catch (IOException e) {
      return FirewallEditResult.failed("cannot run PowerShell: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return FirewallEditResult.failed("cannot run PowerShell: interrupted");
    }
    if (result.timedOut()) {
      return FirewallEditResult.failed("changing the firewall for " + what + " timed out");
    }
    if (result.exitCode() != 0) {
      return FirewallEditResult.failed(
          "changing the firewall for " + what + " failed: " + result.firstErrorLine());
    }
    String action;
    try {
      JsonNode node = JSON.readTree(result.stdout().strip());
      action = node.path("action").asString("");
    } catch (JacksonException e) {
      return FirewallEditResult.failed("the firewall script printed something unexpected");
    }
    return EditMessages.result(action, what);
  }
}
