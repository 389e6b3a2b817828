package com.maemuki.bridgelink.service.platform.firewall;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The argument lists that run the shipped firewall scripts: Windows PowerShell by absolute path,
 * {@code -NoProfile -NonInteractive -ExecutionPolicy Bypass -File <script>}, then named parameters
 * each as its own element. Values are typed (ports are ints from the {@link PortAllowlist}) or
 * validated (the interface alias); nothing is ever spliced into script text.
 */
public final class PowerShellCommands {

  public static final String INSPECT_SCRIPT = "Get-BridgeLinkFirewall.ps1";
  public static final String ADD_PORT_SCRIPT = "Add-BridgeLinkPortRule.ps1";
  public static final String REMOVE_PORT_SCRIPT = "Remove-BridgeLinkPortRule.ps1";
  public static final String ADD_PING_SCRIPT = "Add-BridgeLinkPingRule.ps1";
  public static final String SET_PRIVATE_SCRIPT = "Set-BridgeLinkAdapterPrivate.ps1";

  /** Every script the service ships. */
  public static final List<String> SCRIPTS =
      List.of(
          INSPECT_SCRIPT, ADD_PORT_SCRIPT, REMOVE_PORT_SCRIPT, ADD_PING_SCRIPT, SET_PRIVATE_SCRIPT);

  /** The same pattern the scripts' ValidatePattern enforces. */
  private static final Pattern ALIAS = Pattern.compile("[\\p{L}\\p{N} ._()-]{1,64}");

  private final String powershell;
  private final String scriptDirectory;
  private final String interfaceAlias;

  /**
   * @param powershell absolute path of powershell.exe
   * @param scriptDirectory absolute directory holding the shipped scripts (admin-writable only)
   * @param interfaceAlias the Tailscale adapter's alias, usually "Tailscale"
   */
  public PowerShellCommands(String powershell, String scriptDirectory, String interfaceAlias) {
    this.powershell = Objects.requireNonNull(powershell, "powershell");
    this.scriptDirectory = Objects.requireNonNull(scriptDirectory, "scriptDirectory");
    if (interfaceAlias == null || !ALIAS.matcher(interfaceAlias).matches()) {
      throw new IllegalArgumentException("invalid interface alias: " + interfaceAlias);
    }
    this.interfaceAlias = interfaceAlias;
  }

  /** {@code %SystemRoot%\System32\WindowsPowerShell\v1.0\powershell.exe}. */
  public static String windowsPowerShell(String systemRoot) {
    String root = systemRoot == null || systemRoot.isBlank() ? "C:\\Windows" : systemRoot;
    if (root.endsWith("\\")) {
      root = root.substring(0, root.length() - 1);
    }
    return root + "\\System32\\WindowsPowerShell\\v1.0\\powershell.exe";
  }

  /**
   * Inspect the firewall for these ports. The ports travel as one comma-separated argument: with
   * {@code -File}, PowerShell binds every argument as a string and cannot turn "3389,22" into
   * {@code [int[]]}, so the script takes a pattern-validated string and converts it itself.
   */
  public List<String> inspect(List<Integer> ports) {
    List<String> cmd = base(INSPECT_SCRIPT);
    for (Integer p : ports) {
      requirePort(p);
    }
    if (!ports.isEmpty()) {
      cmd.add("-LocalPort");
      cmd.add(ports.stream().map(String::valueOf).collect(Collectors.joining(",")));
    }
    cmd.add("-InterfaceAlias");
    cmd.add(interfaceAlias);
    return cmd;
  }

  /** Open one allowlisted port: the caller passes the port returned by {@link PortAllowlist}. */
  public List<String> openInboundPort(int port) {
    requirePort(port);
    List<String> cmd = base(ADD_PORT_SCRIPT);
    cmd.add("-LocalPort");
    cmd.add(Integer.toString(port));
    cmd.add("-InterfaceAlias");
    cmd.add(interfaceAlias);
    return cmd;
  }

  public List<String> closeInboundPort(int port) {
    requirePort(port);
    List<String> cmd = base(REMOVE_PORT_SCRIPT);
    cmd.add("-LocalPort");
    cmd.add(Integer.toString(port));
    return cmd;
  }

  public List<String> allowPing() {
    List<String> cmd = base(ADD_PING_SCRIPT);
    cmd.add("-InterfaceAlias");
    cmd.add(interfaceAlias);
    return cmd;
  }

  public List<String> setAdapterPrivate() {
    List<String> cmd = base(SET_PRIVATE_SCRIPT);
    cmd.add("-InterfaceAlias");
    cmd.add(interfaceAlias);
    return cmd;
  }

  public String interfaceAlias() {
    return interfaceAlias;
  }

  private List<String> base(String script) {
    List<String> cmd = new ArrayList<>();
    cmd.add(powershell);
    cmd.add("-NoProfile");
    cmd.add("-NonInteractive");
    cmd.add("-ExecutionPolicy");
    cmd.add("Bypass");
    cmd.add("-File");
    cmd.add(scriptPath(script));
    return cmd;
  }

  private String scriptPath(String script) {
    String sep = scriptDirectory.contains("\\") ? "\\" : "/";
    return scriptDirectory.endsWith(sep)
        ? scriptDirectory + script
        : scriptDirectory + sep + script;
  }

  private static void requirePort(Integer port) {
    if (port == null || port < 1 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
  }
}
