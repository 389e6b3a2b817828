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
import java.util.stream.Stream;

/**
 * Real second accounts on this Linux machine (the test runs as root): {@code blipc-viewer} in the
 * socket's group, {@code blipc-operator} also in the operators group, {@code blipc-outsider} in
 * neither. The accounts are created once and left in place (no home, no login shell), so that
 * concurrent test runs never delete each other's users. The probe client runs under {@code runuser}
 * from a world-readable copy of its classpath (root's ~/.m2 is not readable by them).
 */
final class LinuxOtherUsers implements OtherLocalUser {
  static final String VIEW_GROUP = "blipc-view";
  static final String OPERATORS_GROUP = "blipc-ops";
  static final String VIEWER = "blipc-viewer";
  static final String OPERATOR = "blipc-operator";
  static final String OUTSIDER = "blipc-outsider";

  private final Path root;
  private final Path socket;
  private final String classpath;
  private final long viewerUid;

  private LinuxOtherUsers(Path root, String classpath, long viewerUid) {
    this.root = root;
    this.socket = root.resolve("run/ipc.sock");
    this.classpath = classpath;
    this.viewerUid = viewerUid;
  }

  /** Creates (or reuses) the accounts; skips the test with the reason when that is impossible. */
  static LinuxOtherUsers create() throws Exception {
    assumeTrue(
        new com.sun.security.auth.module.UnixSystem().getUid() == 0,
        "authorization across local users needs root to create a second user; skipped");
    assumeTrue(
        new File("/usr/sbin/useradd").canExecute() && new File("/usr/sbin/runuser").canExecute(),
        "useradd/runuser not available; skipped");
    ensureGroup(VIEW_GROUP);
    ensureGroup(OPERATORS_GROUP);
    ensureUser(VIEWER, VIEW_GROUP);
    ensureUser(OPERATOR, VIEW_GROUP + "," + OPERATORS_GROUP);
    ensureUser(OUTSIDER, "");
    Path root = Files.createTempDirectory("bridge-link-ipc-users-");
    Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
    String classpath = copyClasspath(root.resolve("cp"));
    long uid = Long.parseLong(exec("id", "-u", VIEWER).strip());
    return new LinuxOtherUsers(root, classpath, uid);
  }

  @Override
  public IpcTransport transport() {
    return new UnixSocketTransport(socket, UnixSocketOptions.withGroup(VIEW_GROUP));
  }

  @Override
  public String operatorGroup() {
    return OPERATORS_GROUP;
  }

  @Override
  public long uid() {
    return viewerUid;
  }

  @Override
  public List<String> run(String... methods) throws Exception {
    return runAs(VIEWER, methods);
  }

  @Override
  public List<String> runAsOperator(String... methods) throws Exception {
    return runAs(OPERATOR, methods);
  }

  @Override
  public List<String> runAsOutsider(String... methods) throws Exception {
    return runAs(OUTSIDER, methods);
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

  private static void ensureGroup(String group) throws Exception {
    if (!succeeds("getent", "group", group)) {
      retry("/usr/sbin/groupadd", "-f", group);
    }
  }

  private static void ensureUser(String user, String groups) throws Exception {
    if (succeeds("id", "-u", user)) {
      return;
    }
    List<String> command =
        new ArrayList<>(List.of("/usr/sbin/useradd", "-M", "-s", "/usr/sbin/nologin"));
    if (!groups.isEmpty()) {
      command.add("-G");
      command.add(groups);
    }
    command.add(user);
    retry(command.toArray(String[]::new));
  }

  /** useradd/groupadd fail while another process holds /etc/passwd's lock: try a few times. */
  private static void retry(String... command) throws Exception {
    for (int attempt = 0; attempt < 5; attempt++) {
      if (succeeds(command)
          || (command[0].endsWith("useradd")
              && succeeds("id", "-u", command[command.length - 1]))) {
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

  @Override
  public void close() throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
