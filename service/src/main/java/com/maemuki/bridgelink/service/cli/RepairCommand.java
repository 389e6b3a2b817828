package com.maemuki.bridgelink.service.cli;

import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.service.finding.Fixer;
import com.maemuki.bridgelink.service.repair.Repair;
import com.maemuki.bridgelink.service.repair.RepairContext;
import com.maemuki.bridgelink.service.repair.RepairOutcome;
import com.maemuki.bridgelink.service.repair.user.UserRepairs;
import com.maemuki.bridgelink.tailscale.localapi.DaemonUnavailableException;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiAddress;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiClient;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiException;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiTransports;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code bridge-link repair ID}: runs one user-context repair in this process, as the user who runs
 * it, against the LocalAPI. The tray starts it as a child process (same user) for its "Fix: …"
 * entries, so these repairs never run as SYSTEM and the tray keeps depending on {@code ipc} only.
 */
@Command(
    name = "repair",
    mixinStandardHelpOptions = true,
    description = {
      "Runs one repair that must run as the signed-in user (never as the service):",
      "reauth, tailscale-up, accept-dns, enable-unattended, open-admin-console,",
      "copy-share-instructions. Service repairs (restart-tailscale, open-inbound-port --port N,",
      "close-inbound-port --port N, allow-ping, set-adapter-private) are sent to the running",
      "service, which checks that the caller is an operator and audits the attempt."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:done",
      "1:the repair failed, was refused, or the service could not be reached",
      "64:bad command line"
    })
public final class RepairCommand implements Callable<Integer> {

  static final int EXIT_FAILED = 1;
  static final int EXIT_USAGE = UsageErrors.EXIT_USAGE;

  /** Waiting for the user to finish the browser sign-in. */
  static final Duration REAUTH_DEADLINE = Duration.ofMinutes(5);

  static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(20);

  /**
   * The undo of {@code open-inbound-port}; no finding names it, so the catalog does not list it.
   */
  private static final Set<String> UNCATALOGUED_SERVICE_REPAIRS = Set.of("close-inbound-port");

  /** Peer names, ports, finding keys: what a subject may contain (it comes from a snapshot). */
  private static final Pattern SAFE_TEXT = Pattern.compile("[A-Za-z0-9._:@/-]{1,253}");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ID", description = "The repair id.")
  String id;

  @Option(
      names = "--subject",
      paramLabel = "S",
      description = "What the finding is about (a peer name for copy-share-instructions).")
  String subject;

  @Option(
      names = "--finding",
      paramLabel = "KEY",
      description = "The finding key (code/subject); picks the admin console page.")
  String finding;

  String socket;

  @Option(
      names = "--socket",
      paramLabel = "PATH",
      description = "tailscaled's LocalAPI socket or pipe (default: the usual one).")
  void socket(String value) {
    socket = SocketOption.check(spec, value);
  }

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "The port of open-inbound-port / close-inbound-port (a configured local port).")
  Integer port;

  @Option(
      names = "--ipc-socket",
      paramLabel = "PATH",
      description =
          "The service's socket for service repairs (default: $BRIDGE_LINK_IPC_SOCKET, else the"
              + " platform's).")
  java.nio.file.Path ipcSocket;

  @Option(names = "--json", description = "Print one JSON object {id, ok, message, cleared, …}.")
  boolean json;

  @Option(
      names = "--no-browser",
      description = "Print the page to open instead of opening a browser.")
  boolean noBrowser;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description = "Give up after this long (default: 300 for reauth, 20 for the others).")
  Integer timeoutSeconds;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      return run(out, err);
    } catch (RuntimeException e) {
      // Never a stack trace for the user: one line, and the tray shows it.
      return print(out, err, RepairOutcome.failed("internal error: " + e), null, null);
    }
  }

  private int run(PrintWriter out, PrintWriter err) {
    if (timeoutSeconds != null && (timeoutSeconds < 1 || timeoutSeconds > 3600)) {
      return usage(err, "--timeout must be 1..3600 seconds");
    }
    for (String text : Arrays.asList(subject, finding)) {
      if (text != null && !SAFE_TEXT.matcher(text).matches()) {
        return usage(err, "--subject/--finding: letters, digits and . _ : @ / - only");
      }
    }
    LocalApiClient client =
        LocalApiTransports.clientFor(
            socket != null && !socket.isBlank()
                ? LocalApiAddress.parse(socket)
                : LocalApiAddress.defaultFor(System.getProperty("os.name", ""), Files::exists));
    PageOpener pages = new PageOpener(noBrowser, json ? err : out);
    StringBuilder copied = new StringBuilder();
    List<Repair> repairs = UserRepairs.create(client, pages, copied::append);
    Repair repair = repairs.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    if (repair == null) {
      if (serviceRepairIds().contains(id)) {
        return ServiceRepairCall.run(id, port, subject, ipcSocket, json, out, err);
      }
      return usage(
          err,
          "unknown repair '"
              + id
              + "'; repairs run as the user: "
              + repairs.stream().map(Repair::id).collect(Collectors.joining(", ")));
    }
    if (needsDaemon(id)) {
      String down = daemonDown(client);
      if (down != null) {
        return print(out, err, RepairOutcome.failed(down), null, null);
      }
    }
    Duration deadline =
        timeoutSeconds != null
            ? Duration.ofSeconds(timeoutSeconds)
            : "reauth".equals(id) ? REAUTH_DEADLINE : DEFAULT_DEADLINE;
    Map<String, Object> params = new HashMap<>();
    if (subject != null) {
      params.put("subject", subject);
      params.put("peer", subject);
    }
    RepairOutcome outcome =
        repair.run(new RepairContext(params, finding, Instant.now().plus(deadline)));
    String text = copied.length() > 0 ? copied.toString() : null;
    return print(out, err, outcome, pages.last(), text);
  }

  private int print(
      PrintWriter out, PrintWriter err, RepairOutcome outcome, String url, String text) {
    if (json) {
      ObjectNode o = JSON.createObjectNode();
      o.put("id", id);
      o.put("ok", outcome.ok());
      o.put(
          "message",
          text != null
              ? "Instructions for the computer's owner, ready to paste."
              : outcome.message());
      o.put("cleared", outcome.cleared());
      if (url != null) {
        o.put("url", url);
      }
      if (text != null) {
        o.put("text", text);
      }
      out.println(JSON.writeValueAsString(o));
    } else if (outcome.ok()) {
      out.println(text != null ? text : id + ": " + outcome.message());
    } else {
      err.println("bridge-link repair " + id + ": " + outcome.message());
    }
    out.flush();
    err.flush();
    return outcome.ok() ? 0 : EXIT_FAILED;
  }

  private int usage(PrintWriter err, String message) {
    err.println("bridge-link repair: " + message);
    err.flush();
    return EXIT_USAGE;
  }

  /** Repairs that read or change tailscaled's state (the others work without it). */
  private static boolean needsDaemon(String id) {
    return Set.of("reauth", "tailscale-up", "accept-dns", "enable-unattended").contains(id);
  }

  /** A plain sentence when tailscaled is not there at all, else null (the repair says the rest). */
  private static String daemonDown(LocalApiClient client) {
    try {
      client.status(false);
      return null;
    } catch (DaemonUnavailableException e) {
      return e.getMessage();
    } catch (LocalApiException e) {
      return null;
    }
  }

  /** The repairs the service runs (the catalog's service-fixed repairs plus their undo). */
  static Set<String> serviceRepairIds() {
    Set<String> ids = new TreeSet<>(UNCATALOGUED_SERVICE_REPAIRS);
    for (FindingCode code : FindingCode.values()) {
      if (code.fixer() == Fixer.SERVICE && code.repair() != null) {
        ids.add(code.repair());
      }
    }
    return ids;
  }
}
