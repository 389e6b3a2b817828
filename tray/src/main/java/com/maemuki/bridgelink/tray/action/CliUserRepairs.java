package com.maemuki.bridgelink.tray.action;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The user-context repairs, run as {@code bridge-link repair ID --json} in a child process of the
 * tray: the same user, the service's jars (the LocalAPI client lives there; the tray depends on
 * {@code ipc} only). Arguments are a list, never a shell line, and only plain names reach it. The
 * child has a deadline (longer for {@code reauth}, which waits for the browser sign-in) and its
 * process tree is killed when it passes. {@code copy-share-instructions} puts its text on the
 * clipboard here, in the tray, which owns the clipboard after the child has gone.
 */
public final class CliUserRepairs implements UserRepairs {

  /** The repairs whose fixer is {@code tray-user}. */
  public static final Set<String> IDS =
      Set.of(
          "reauth",
          "tailscale-up",
          "accept-dns",
          "enable-unattended",
          "open-admin-console",
          "copy-share-instructions");

  static final String MAIN_CLASS = "com.maemuki.bridgelink.service.cli.BridgeLinkCommand";

  /**
   * The child's own deadlines ({@code --timeout}) and how much longer the tray waits before it
   * kills the child's tree (JVM start and exit).
   *
   * @param reauth waiting for the user to finish the browser sign-in
   * @param other one LocalAPI request and its read-back
   */
  record Timeouts(Duration reauth, Duration other, Duration margin) {
    static final Timeouts DEFAULT =
        new Timeouts(Duration.ofMinutes(5), Duration.ofSeconds(20), Duration.ofSeconds(15));

    Duration childFor(String repairId) {
      return "reauth".equals(repairId) ? reauth : other;
    }
  }

  /** A small JVM: one request or one browser sign-in. */
  static final List<String> JVM_OPTIONS =
      List.of("-Xmx64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k");

  private static final Pattern ID = Pattern.compile("[a-z0-9-]{1,64}");

  /** The same rule as the command's: snapshot text, no spaces, quotes or shell characters. */
  private static final Pattern SAFE_TEXT = Pattern.compile("[A-Za-z0-9._:@/-]{1,253}");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final List<String> launcher;
  private final List<String> extraArgs;
  private final DesktopActions desktop;
  private final Timeouts timeouts;
  private final String missing;

  /**
   * @param launcher the command up to the main class ({@code java … -cp … Main}), or empty
   * @param extraArgs appended after the repair's own (e.g. {@code --socket PATH})
   * @param missing why there is no launcher (shown on every click), or null
   */
  CliUserRepairs(
      List<String> launcher,
      List<String> extraArgs,
      DesktopActions desktop,
      Timeouts timeouts,
      String missing) {
    this.launcher = List.copyOf(launcher);
    this.extraArgs = List.copyOf(extraArgs);
    this.desktop = desktop;
    this.timeouts = timeouts;
    this.missing = missing;
  }

  /**
   * The repairs through the service's jars found next to the tray's (see {@link ServiceLibrary}).
   */
  public static CliUserRepairs forThisTray(DesktopActions desktop) {
    Path trayCode = codeLocation();
    Optional<Path> lib =
        ServiceLibrary.locate(
            System.getProperty(ServiceLibrary.PROPERTY), trayCode, Files::isDirectory);
    if (lib.isEmpty()) {
      return new CliUserRepairs(
          List.of(),
          List.of(),
          desktop,
          Timeouts.DEFAULT,
          "the service's programs were not found next to the tray ("
              + trayCode
              + "); reinstall, or set -D"
              + ServiceLibrary.PROPERTY
              + "=<folder>");
    }
    return new CliUserRepairs(
        launcherFor(javaExecutable(), wildcardClasspath(lib.get().toString(), File.separatorChar)),
        List.of(),
        desktop,
        Timeouts.DEFAULT,
        null);
  }

  /**
   * {@code DIR\*}: every jar in DIR as a java classpath. Not {@code Path.resolve("*")}: on Windows
   * '*' is no legal path character and the tray died at start (InvalidPathException, under Wine).
   */
  static String wildcardClasspath(String dir, char separator) {
    return dir.endsWith(String.valueOf(separator)) ? dir + "*" : dir + separator + "*";
  }

  /** {@code java <small JVM options> -cp <classpath> BridgeLinkCommand}. */
  static List<String> launcherFor(String java, String classpath) {
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(JVM_OPTIONS);
    command.add("-cp");
    command.add(classpath);
    command.add(MAIN_CLASS);
    return command;
  }

  @Override
  public boolean handles(String repairId) {
    return IDS.contains(repairId);
  }

  @Override
  public Optional<String> run(String repairId, String subject, String findingKey) throws Exception {
    if (missing != null) {
      throw new UserRepairException("cannot run " + repairId + ": " + missing);
    }
    List<String> command = command(repairId, subject, findingKey);
    Duration wait = timeouts.childFor(repairId).plus(timeouts.margin());
    ChildProcess.Result result = ChildProcess.run(command, wait);
    if (result.timedOut()) {
      throw new UserRepairException(repairId + " did not finish within " + wait.toSeconds() + " s");
    }
    JsonNode answer = lastJsonLine(result.out());
    if (answer == null) {
      throw new UserRepairException(
          repairId + " failed (exit " + result.exit() + "): " + lastLine(result.err()));
    }
    String message = answer.path("message").asString("");
    if (!answer.path("ok").asBoolean(false) || result.exit() != 0) {
      throw new UserRepairException(message.isEmpty() ? repairId + " failed" : message);
    }
    String text = answer.path("text").asString("");
    if (!text.isEmpty()) {
      desktop.copyToClipboard(text);
      return Optional.of("Copied the instructions for the computer's owner to the clipboard.");
    }
    return message.isEmpty() ? Optional.empty() : Optional.of(message);
  }

  /** The argument list; refuses anything but plain names, whatever the snapshot said. */
  List<String> command(String repairId, String subject, String findingKey) {
    if (repairId == null || !ID.matcher(repairId).matches()) {
      throw new IllegalArgumentException("refused: not a repair id");
    }
    List<String> command = new ArrayList<>(launcher);
    command.add("repair");
    command.add(repairId);
    command.add("--json");
    command.add("--timeout");
    command.add(Long.toString(Math.max(1, timeouts.childFor(repairId).toSeconds())));
    if (subject != null) {
      command.add("--subject");
      command.add(safe(subject, "subject"));
    }
    if (findingKey != null) {
      command.add("--finding");
      command.add(safe(findingKey, "finding"));
    }
    command.addAll(extraArgs);
    return command;
  }

  private static String safe(String text, String what) {
    if (!SAFE_TEXT.matcher(text).matches()) {
      throw new IllegalArgumentException("refused: the " + what + " has unexpected characters");
    }
    return text;
  }

  private static JsonNode lastJsonLine(String out) {
    String[] lines = out.split("\\R");
    for (int i = lines.length - 1; i >= 0; i--) {
      String line = lines[i].strip();
      if (line.startsWith("{")) {
        try {
          JsonNode node = JSON.readTree(line);
          return node.isObject() ? node : null;
        } catch (JacksonException e) {
          return null;
        }
      }
    }
    return null;
  }

  private static String lastLine(String text) {
    String[] lines = text.strip().split("\\R");
    String last = lines[lines.length - 1].strip();
    return last.isEmpty() ? "no output" : last.length() > 300 ? last.substring(0, 300) : last;
  }

  private static Path codeLocation() {
    try {
      return Path.of(
          CliUserRepairs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (Exception e) {
      return null;
    }
  }

  /**
   * The tray's own Java: its process's executable when that is a java launcher ({@code javaw.exe}
   * on Windows, so the child shows no console), else {@code java.home}'s.
   */
  static String javaExecutable() {
    Optional<String> own = ProcessHandle.current().info().command();
    if (own.isPresent()) {
      Path name = Path.of(own.get()).getFileName();
      if (name != null && name.toString().toLowerCase(Locale.ROOT).startsWith("java")) {
        return own.get();
      }
    }
    boolean windows = System.getProperty("os.name", "").startsWith("Windows");
    Path bin = Path.of(System.getProperty("java.home"), "bin");
    Path javaw = bin.resolve("javaw.exe");
    return windows && Files.exists(javaw)
        ? javaw.toString()
        : bin.resolve(windows ? "java.exe" : "java").toString();
  }

  /** A repair that did not work; the message is for the user. */
  public static final class UserRepairException extends Exception {
    private static final long serialVersionUID = 1L;

    UserRepairException(String message) {
      super(message);
    }
  }
}
