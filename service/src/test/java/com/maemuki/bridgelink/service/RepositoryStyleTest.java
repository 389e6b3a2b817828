package com.maemuki.bridgelink.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layout rules of docs/style: every package documents itself, JNA stays in {@code *.windows}
 * packages and Dorkbox in the tray's dorkbox view. Scans every module's sources.
 */
class RepositoryStyleTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static List<Path> mainSources() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files
          .filter(p -> p.toString().endsWith(".java"))
          .filter(p -> p.toString().contains("/src/main/java/"))
          .filter(p -> !p.toString().contains("/target/"))
          .collect(Collectors.toList());
    }
  }

  @Test
  void everyPackageHasPackageInfo() throws IOException {
    List<Path> missing =
        mainSources().stream()
            .map(Path::getParent)
            .distinct()
            .filter(dir -> !Files.exists(dir.resolve("package-info.java")))
            .collect(Collectors.toList());
    assertThat(missing).as("packages without package-info.java").isEmpty();
  }

  @Test
  void jnaOnlyInWindowsPackages() throws IOException {
    List<Path> offenders = filesImporting("import com.sun.jna");
    assertThat(offenders)
        .as("JNA imported outside a windows package")
        .allMatch(p -> p.toString().contains("/windows/"));
  }

  @Test
  void dorkboxOnlyInTheTrayDorkboxView() throws IOException {
    List<Path> offenders = filesImporting("import dorkbox");
    assertThat(offenders)
        .as("Dorkbox imported outside the tray's dorkbox view")
        .allMatch(p -> p.toString().contains("/tray/") && p.toString().contains("/dorkbox/"));
  }

  private static List<Path> filesImporting(String prefix) throws IOException {
    return mainSources().stream()
        .filter(
            p -> {
              try {
                return Files.readString(p).lines().anyMatch(l -> l.startsWith(prefix));
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            })
        .collect(Collectors.toList());
  }
}
