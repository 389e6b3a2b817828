package com.maemuki.bridgelink.tray.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the tray finds the service's jars, on real directory trees. */
class ServiceLibraryTest {

  @TempDir Path dir;

  private Path mkdirs(String path) throws Exception {
    return Files.createDirectories(dir.resolve(path));
  }

  @Test
  void installedLayoutLibTrayNextToLibService() throws Exception {
    Path tray = mkdirs("Bridge Link/lib/tray");
    Path service = mkdirs("Bridge Link/lib/service");
    Path jar = Files.createFile(tray.resolve("bridge-link-tray-0.1.0.jar"));
    assertThat(ServiceLibrary.locate(null, jar, Files::isDirectory)).contains(service);
  }

  @Test
  void buildTreeFromTheDistJarOrTheClassesFolder() throws Exception {
    Path trayLib = mkdirs("repo/tray/target/dist/lib");
    Path classes = mkdirs("repo/tray/target/classes");
    Path service = mkdirs("repo/service/target/dist/lib");
    Path jar = Files.createFile(trayLib.resolve("bridge-link-tray.jar"));
    assertThat(ServiceLibrary.locate(null, jar, Files::isDirectory)).contains(service);
    assertThat(ServiceLibrary.locate("", classes, Files::isDirectory)).contains(service);
  }

  @Test
  void thePropertyWinsAndMustBeAFolder() throws Exception {
    Path tray = mkdirs("i/lib/tray");
    mkdirs("i/lib/service");
    Path elsewhere = mkdirs("elsewhere");
    assertThat(ServiceLibrary.locate(elsewhere.toString(), tray, Files::isDirectory))
        .contains(elsewhere);
    assertThat(ServiceLibrary.locate(dir.resolve("nope").toString(), tray, Files::isDirectory))
        .isEmpty();
  }

  @Test
  void nothingFoundIsEmpty() throws Exception {
    Path lonely = mkdirs("a/b");
    assertThat(ServiceLibrary.locate(null, lonely, Files::isDirectory)).isEmpty();
    assertThat(ServiceLibrary.locate(null, null, Files::isDirectory)).isEmpty();
  }
}
