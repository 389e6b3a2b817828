package com.maemuki.bridgelink.service.ipc;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.maemuki.bridgelink.ipc.transport.IpcTransport;
import com.maemuki.bridgelink.ipc.transport.unix.UnixSocketOptions;
import com.maemuki.bridgelink.ipc.transport.unix.UnixSocketTransport;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Real second accounts on this Linux machine (the test runs as root), created for one test and
 * deleted after it: a viewer in the socket's group and in the second operators group, an operator
 * in the socket's group and the operators group, and an outsider in neither. Names carry the JVM's
 * pid ({@code blipc-<pid>-<n>…}), so concurrent runs never touch each other's accounts, and
 * accounts left by a run that was killed (its pid is gone) are swept at the next start. The probe
 * client runs under {@code runuser} from a world-readable copy of its classpath (root's ~/.m2 is
 * not readable by them).
 */
final class LinuxOtherUsers implements OtherLocalUser {
  private static final Pattern OURS = Pattern.compile("blipc-(\\d+)-\\d+[a-z0-9]*");
  private static final AtomicInteger INSTANCES = new AtomicInteger();

  private final String viewGroup;
  private final String operatorsGroup;
  private final String secondOperatorsGroup;
  private final String viewer;
  private final String operator;
  private final String outsider;
  private final List<String> createdUsers = new ArrayList<>();
  private final List<String> createdGroups = new ArrayList<>();
  private Path root;
  private Path socket;
  private String classpath;
  private long viewerUid;

  private LinuxOtherUsers(String prefix) {
    this.viewGroup = prefix + "view";
    this.operatorsGroup = prefix + "ops";
    this.secondOperatorsGroup = prefix + "ops2";
    this.viewer = prefix + "v";
    this.operator = prefix + "o";
    this.outsider = prefix + "x";
  }

  /** Creates the accounts; skips the test with the reason when that is impossible. */
  static LinuxOtherUsers create() throws Exception {
    assumeTrue(
        new com.sun.security.auth.module.UnixSystem().getUid() == 0,
        "authorization across local users needs root to create a second user; skipped");
    assumeTrue(
        new File("/usr/sbin/useradd").canExecute() && new File("/usr/sbin/runuser").canExecute(),
        "useradd/runuser not available; skipped");
    sweepAccountsOfDeadRuns();
    LinuxOtherUsers users =
        new LinuxOtherUsers(
            "blipc-" + ProcessHandle.current().pid() + "-" + INSTANCES.incrementAndGet());
    try {
      users.createAccounts();
    } catch (Exception | AssertionError e) {
      users.close();
      throw e;
    }
    return users;
  }

  private void createAccounts() throws Exception {
    group(viewGroup);
    group(operatorsGroup);
    group(secondOperatorsGroup);
    user(viewer, viewGroup + "," + secondOperatorsGroup);
    user(operator, viewGroup + "," + operatorsGroup);
    user(outsider, "");
    root = Files.createTempDirectory("bridge-link-ipc-users-");
    Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
    socket = root.resolve("run/ipc.sock");
    classpath = copyClasspath(root.resolve("cp"));
    viewerUid = Long.parseLong(exec("id", "-u", viewer).strip());
  }

  @Override
  public IpcTransport transport() {
    return new UnixSocketTransport(socket, UnixSocketOptions.withGroup(viewGroup));
  }

  @Override
  public String operatorGroup() {
    return operatorsGroup;
  }

  @Override
  public String viewerOnlyGroup() {
    return secondOperatorsGroup;
  }

  @Override
  public long uid() {
    return viewerUid;
  }

  @Override
  public List<String> run(String... methods) throws Exception {
    return runAs(viewer, methods);
  }

  @Override
  public List<String> runAsOperator(String... methods) throws Exception {
    return runAs(operator, methods);
  }

  @Override
  public List<String> runAsOutsider(String... methods) throws Exception {
    return runAs(outsider, methods);
  }

  private List<String> runAs(String user, String... methods) throws Exception {
    List<String> command = new ArrayList<>();
    command.add("/usr/sbin/runuser");
    command.add("-u");
    command.add(user);
    command.add("--");
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(classpath);
    command.add(ProbeClientMain.class.getName());
    command.add(socket.toString());
    command.addAll(List.of(methods));
    Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new AssertionError("probe as " + user + " failed: " + out + err);
    }
    return out.lines().toList();
  }

  private static String copyClasspath(Path target) throws IOException {
    Files.createDirectories(target);
    List<String> entries = new ArrayList<>();
    int n = 0;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path source = Path.of(entry);
      String name = source.getFileName() == null ? "" : source.getFileName().toString();
      boolean needed =
          name.startsWith("jackson-")
              || name.startsWith("slf4j-api")
              || name.startsWith("bridge-link-ipc")
              || entry.endsWith("ipc" + File.separator + "target" + File.separator + "classes")
              || entry.endsWith("target" + File.separator + "test-classes");
      if (!needed || !Files.exists(source)) {
        continue;
      }
      Path copy = target.resolve((n++) + "-" + name);
      copyTree(source, copy);
      entries.add(copy.toString());
    }
    try (Stream<Path> all = Files.walk(target)) {
      for (Path path : (Iterable<Path>) all::iterator) {
        Files.setPosixFilePermissions(
            path,
            PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  private static void copyTree(Path source, Path target) throws IOException {
    if (!Files.isDirectory(source)) {
      Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
      return;
    }
    try (Stream<Path> all = Files.walk(source)) {
      for (Path path : (Iterable<Path>) all::iterator) {
        Path copy = target.resolve(source.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(path, copy, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private void group(String group) throws Exception {
    retry("/usr/sbin/groupadd", group);
    createdGroups.add(group);
  }

  private void user(String user, String groups) throws Exception {
    List<String> command =
        new ArrayList<>(List.of("/usr/sbin/useradd", "-M", "-s", "/usr/sbin/nologin"));
    if (!groups.isEmpty()) {
      command.add("-G");
      command.add(groups);
    }
    command.add(user);
    retry(command.toArray(String[]::new));
    createdUsers.add(user);
  }

  /** Accounts of runs whose JVM is gone (killed before cleaning up). */
  private static void sweepAccountsOfDeadRuns() throws Exception {
    for (String user : deadRunAccounts(Path.of("/etc/passwd"))) {
      retry("/usr/sbin/userdel", user);
    }
    for (String group : deadRunAccounts(Path.of("/etc/group"))) {
      retry("/usr/sbin/groupdel", group);
    }
  }

  private static List<String> deadRunAccounts(Path file) throws IOException {
    List<String> dead = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String name = line.split(":", 2)[0];
      Matcher ours = OURS.matcher(name);
      if (ours.matches()
          && ProcessHandle.of(Long.parseLong(ours.group(1))).map(p -> !p.isAlive()).orElse(true)) {
        dead.add(name);
      }
    }
    return dead;
  }

  /** user/group tools fail while another process holds /etc/passwd's lock: try a few times. */
  private static void retry(String... command) throws Exception {
    for (int attempt = 0; attempt < 5; attempt++) {
      if (succeeds(command)) {
        return;
      }
      Thread.sleep(200);
    }
    throw new IOException("failed: " + String.join(" ", command));
  }

  private static boolean succeeds(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getInputStream().readAllBytes();
    return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
  }

  private static String exec(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor(30, TimeUnit.SECONDS);
    return out;
  }

  /** Deletes the accounts and groups this instance created, and its files. */
  @Override
  public void close() throws Exception {
    for (String user : createdUsers) {
      retry("/usr/sbin/userdel", user);
    }
    for (String group : createdGroups) {
      retry("/usr/sbin/groupdel", group);
    }
    if (root == null) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
