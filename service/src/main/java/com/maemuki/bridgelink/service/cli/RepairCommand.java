package com.maemuki.bridgelink.service.cli;

import com.maemuki.bridgelink.service.cli.status.StatusEndpoint;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.service.finding.Fixer;
import com.maemuki.bridgelink.service.platform.Platforms;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiAddress;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiClient;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiTransports;
import com.maemuki.bridgelink.tailscale.repair.UserRepairId;
import com.maemuki.bridgelink.tailscale.repair.UserRepairRequest;
import com.maemuki.bridgelink.tailscale.repair.UserRepairResult;
import com.maemuki.bridgelink.tailscale.repair.UserRepairRunner;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code bridge-link repair ID}: runs one user-context repair in this process, as the user who runs
 * it, against the LocalAPI: the same code ({@code tailscale.repair}) the tray runs in its own
 * process for its "Fix: …" entries, so these repairs never run as SYSTEM.
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

  /**
   * The undo of {@code open-inbound-port}; no finding names it, so the catalog does not list it.
   */
  private static final Set<String> UNCATALOGUED_SERVICE_REPAIRS = Set.of("close-inbound-port");

  /** Peer names, ports, finding keys: what a subject may contain (it comes from a snapshot). */
  private static final Pattern SAFE_TEXT = Pattern.compile("[A-Za-z0-9._:@/-]{1,253}");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "ID",
      completionCandidates = UserRepairIds.class,
      description = "The repair id: ${COMPLETION-CANDIDATES}.")
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
          "The service's socket, for service repairs and for the re-check after a user repair"
              + " (default: $BRIDGE_LINK_IPC_SOCKET, else the platform's).")
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
      return print(out, err, UserRepairResult.failed("internal error: " + e), null);
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
    Optional<UserRepairId> repair = UserRepairId.byWireName(id);
    if (repair.isEmpty()) {
      if (serviceRepairIds().contains(id)) {
        return ServiceRepairCall.run(id, port, subject, ipcSocket, json, out, err);
      }
      return usage(
          err,
          "unknown repair '"
              + id
              + "'; repairs run as the user: "
              + String.join(", ", UserRepairId.wireNames()));
    }
    LocalApiClient client =
        LocalApiTransports.clientFor(
            socket != null && !socket.isBlank()
                ? LocalApiAddress.parse(socket)
                : LocalApiAddress.defaultFor(Platforms.os().name(), Files::exists));
    PageOpener pages = new PageOpener(noBrowser, json ? err : out);
    UserRepairRunner repairs = new UserRepairRunner(client, 0, pages, text -> {});
    Duration deadline =
        timeoutSeconds != null
            ? Duration.ofSeconds(timeoutSeconds)
            : repair.get().defaultDeadline();
    // Cleared only when the service's re-check no longer shows the finding (not when tailscaled
    // merely read the change back); without a service: "applied; not verified".
    UserRepairResult result =
        repairs.run(
            repair.get(),
            new UserRepairRequest(subject, finding, Instant.now().plus(deadline)),
            new ServiceRecheck(StatusEndpoint.of(ipcSocket), Clock.systemUTC()));
    return print(out, err, result, pages.last());
  }

  /**
   * The result: the share instructions' text itself (the command line has no clipboard), else one
   * line; with {@code --json} one object.
   */
  private int print(PrintWriter out, PrintWriter err, UserRepairResult outcome, String url) {
    String text = outcome.text();
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

  /** The user repairs' ids for the help text. */
  static final class UserRepairIds implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return UserRepairId.wireNames().iterator();
    }
  }
}
