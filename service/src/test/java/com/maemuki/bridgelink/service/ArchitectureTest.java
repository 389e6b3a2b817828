package com.maemuki.bridgelink.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module and package arrows of docs/architecture.md, checked on the import lines of every
 * module's main sources: ipc and tailscale depend on neither service nor tray, the tray reaches the
 * service only through ipc, checks read observations and never a source's classes, and OS adapters
 * are named only by the composition roots. Also: no main class lives on only for the tests.
 */
class ArchitectureTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final String BASE = "com.maemuki.bridgelink.";

  /** Every main source file under the repository, by its path relative to the root. */
  private static Map<String, String> mainSources() {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files
          .filter(p -> p.toString().endsWith(".java"))
          .filter(p -> p.toString().contains("/src/main/java/"))
          .filter(p -> !p.toString().contains("/target/"))
          .collect(Collectors.toMap(p -> ROOT.relativize(p).toString(), ArchitectureTest::read));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The files among {@code from} that import a class whose name starts with {@code prefix}. */
  private static List<String> importing(Predicate<String> from, String prefix) {
    return mainSources().entrySet().stream()
        .filter(e -> from.test(e.getKey()))
        .filter(
            e ->
                e.getValue()
                    .lines()
                    .anyMatch(
                        l ->
                            l.startsWith("import " + BASE + prefix)
                                || l.startsWith("import static " + BASE + prefix)))
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  private static Predicate<String> module(String name) {
    return path -> path.startsWith(name + "/");
  }

  @Test
  void ipcDependsOnNeitherServiceNorTray() {
    assertThat(importing(module("ipc"), "service.")).isEmpty();
    assertThat(importing(module("ipc"), "tray.")).isEmpty();
    assertThat(importing(module("ipc"), "tailscale.")).isEmpty();
  }

  @Test
  void tailscaleDependsOnNeitherServiceNorTray() {
    assertThat(importing(module("tailscale"), "service.")).isEmpty();
    assertThat(importing(module("tailscale"), "tray.")).isEmpty();
  }

  @Test
  void theTrayReachesTheServiceOnlyThroughIpc() {
    assertThat(importing(module("tray"), "service.")).isEmpty();
  }

  @Test
  void checksReadObservationsNeverASourcesClasses() {
    assertThat(importing(p -> p.contains("/service/check/"), "service.monitor.sources.")).isEmpty();
  }

  @Test
  void platformAdaptersAreNamedOnlyByTheCompositionRoot() {
    Predicate<String> outsideAdapters =
        p ->
            !p.contains("/service/platform/windows/")
                && !p.contains("/service/platform/linux/")
                && !p.endsWith("/service/platform/Platforms.java");
    assertThat(importing(outsideAdapters, "service.platform.windows.")).isEmpty();
    assertThat(importing(outsideAdapters, "service.platform.linux.")).isEmpty();
  }

  @Test
  void ipcTransportsAreChosenOnlyByTransports() {
    // The test kit's Windows stand-in for tailscaled serves its pipe with the product's own
    // named-pipe transport on purpose: it is a test host, not product code choosing a transport.
    Predicate<String> outsideTransports =
        p ->
            !p.contains("/ipc/transport/")
                && !p.contains("/service/platform/")
                && !p.contains("/testkit/localapi/windows/");
    assertThat(importing(outsideTransports, "ipc.transport.windows.")).isEmpty();
    assertThat(importing(outsideTransports, "ipc.transport.unix.")).isEmpty();
  }

  /**
   * One OS switch: {@code os.name} is read only by {@code ipc.OperatingSystem}, and its {@code
   * current()} is asked only by the choosers of each process — ipc's transport choice, the
   * service's composition root ({@code Platforms}, which everything else in the service asks) and
   * the tray's entry point — so no two parts of one process can disagree about the OS.
   */
  @Test
  void theOperatingSystemIsReadInOnePlace() {
    Map<String, String> main = mainSources();
    List<String> readingOsName =
        main.entrySet().stream()
            .filter(e -> e.getValue().contains("\"os.name\""))
            .map(Map.Entry::getKey)
            .sorted()
            .toList();
    assertThat(readingOsName)
        .containsExactly("ipc/src/main/java/com/maemuki/bridgelink/ipc/OperatingSystem.java");
    List<String> askingCurrent =
        main.entrySet().stream()
            .filter(e -> e.getValue().contains("OperatingSystem.current()"))
            .map(Map.Entry::getKey)
            .sorted()
            .toList();
    assertThat(askingCurrent)
        .containsExactly(
            "ipc/src/main/java/com/maemuki/bridgelink/ipc/transport/Transports.java",
            "service/src/main/java/com/maemuki/bridgelink/service/platform/Platforms.java",
            "tray/src/main/java/com/maemuki/bridgelink/tray/TrayMain.java");
  }

  /**
   * A main class that no other main code, script, installer file or build file names, but that
   * tests do, is dead code kept alive by its tests. Entry points (a {@code main} method) and the
   * test kit (a library for tests) are exempt.
   */
  @Test
  void noMainClassIsUsedOnlyByTests() throws IOException {
    Map<String, String> main = mainSources();
    String tests = concatenated(p -> p.contains("/src/test/java/") && p.endsWith(".java"));
    String elsewhere =
        concatenated(
            p ->
                p.startsWith(ROOT.resolve("scripts").toString())
                    || p.startsWith(ROOT.resolve("installer").toString())
                    || p.contains("/src/main/resources/")
                    || p.endsWith("pom.xml"));
    List<String> onlyTested =
        main.entrySet().stream()
            .filter(e -> !e.getKey().startsWith("testkit/"))
            .filter(e -> !e.getKey().endsWith("package-info.java"))
            .filter(e -> !e.getValue().contains("static void main("))
            .filter(
                e -> {
                  String name = simpleName(e.getKey());
                  Pattern named = Pattern.compile("\\b" + name + "\\b");
                  boolean usedByMain =
                      main.entrySet().stream()
                          .anyMatch(
                              o ->
                                  !o.getKey().equals(e.getKey())
                                      && named.matcher(o.getValue()).find());
                  return !usedByMain
                      && !named.matcher(elsewhere).find()
                      && named.matcher(tests).find();
                })
            .map(Map.Entry::getKey)
            .sorted()
            .toList();
    assertThat(onlyTested).as("main classes only tests use").isEmpty();
  }

  private static String simpleName(String path) {
    String file = path.substring(path.lastIndexOf('/') + 1);
    return file.substring(0, file.length() - ".java".length());
  }

  private static String concatenated(Predicate<String> which) throws IOException {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files
          .filter(Files::isRegularFile)
          .filter(
              p -> !p.toString().contains("/target/") && !p.toString().contains("/node_modules/"))
          .filter(p -> which.test(p.toString()))
          .map(p -> new String(readBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1))
          .collect(Collectors.joining("\n"));
    }
  }

  private static byte[] readBytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
