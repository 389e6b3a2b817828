package com.maemuki.bridgelink.service.platform.linux;

import com.maemuki.bridgelink.service.config.MachinePolicy;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Machine policy from a properties file ({@code /etc/maemuki-bridge-link/policy.properties} by
 * default) with the registry's value names as keys, e.g. {@code PeerPorts=3389,22}. A missing file
 * means no policy.
 */
public final class FileMachinePolicy implements MachinePolicy {

  public static final Path DEFAULT = Path.of("/etc/maemuki-bridge-link/policy.properties");
  private static final Logger log = LoggerFactory.getLogger(FileMachinePolicy.class);

  private final Path file;

  public FileMachinePolicy(Path file) {
    this.file = file;
  }

  @Override
  public Map<String, String> read() {
    Map<String, String> values = new LinkedHashMap<>();
    if (!Files.isRegularFile(file)) {
      return values;
    }
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      log.warn("cannot read machine policy {}: {}", file, e.getMessage());
      return values;
    }
    for (String name : properties.stringPropertyNames()) {
      values.put(name, properties.getProperty(name));
    }
    return values;
  }

  @Override
  public String describe() {
    return file.toString();
  }
}
