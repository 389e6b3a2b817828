package com.maemuki.bridgelink.service.metrics;

import com.maemuki.bridgelink.service.platform.Platforms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The OTLP resource attributes that say which machine's link the metrics describe: {@code
 * service.name}, {@code service.version} and {@code host.name}. The host name comes from the OS
 * without a DNS lookup ({@code COMPUTERNAME} on Windows, the kernel's host name on Linux), so
 * building it never waits on the network.
 */
final class ResourceIdentity {

  static final String SERVICE_NAME = "bridge-link";

  private ResourceIdentity() {}

  static Map<String, String> attributes() {
    return Map.of(
        "service.name", SERVICE_NAME,
        "service.version", version(),
        "host.name", hostName());
  }

  static String version() {
    String v = ResourceIdentity.class.getPackage().getImplementationVersion();
    return v == null ? "development build" : v;
  }

  static String hostName() {
    String name = Platforms.os().isWindows() ? System.getenv("COMPUTERNAME") : null;
    if (name == null || name.isBlank()) {
      name = kernelHostName(Path.of("/proc/sys/kernel/hostname"));
    }
    if (name == null || name.isBlank()) {
      name = System.getenv("HOSTNAME");
    }
    return name == null || name.isBlank() ? "unknown" : name.strip();
  }

  static String kernelHostName(Path file) {
    try {
      return Files.isReadable(file) ? Files.readString(file).strip() : null;
    } catch (IOException e) {
      return null;
    }
  }
}
