package com.maemuki.bridgelink.service.config;

import com.maemuki.bridgelink.service.config.ConfigProblem.Kind;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the effective configuration: defaults, then {@code config.json}, then machine policy, then
 * command-line overrides. A file with problems is refused as a whole and the last good file stays
 * in use; its problems are kept for the {@code config-invalid} finding. Unknown keys are only
 * warnings: the rest of the file applies. {@link #checkForChange()} is polled (a content
 * comparison, robust where file-change events are not, e.g. on network shares or editors that
 * replace the file) and reloads without a restart.
 */
public final class ConfigManager {

  private static final Logger log = LoggerFactory.getLogger(ConfigManager.class);

  private final Path file;
  private final boolean fileRequired;
  private final MachinePolicy policy;
  private final ConfigOverrides overrides;
  private final List<Consumer<BridgeLinkConfig>> listeners = new CopyOnWriteArrayList<>();

  private BridgeLinkConfig lastGoodFile = BridgeLinkConfig.defaults();
  private boolean haveGoodFile;
  private volatile boolean fallingBack;
  private volatile BridgeLinkConfig current;
  private volatile List<ConfigProblem> problems = List.of();
  private String lastFileText;
  private Map<String, String> lastPolicy;

  /**
   * @param file the config file, or null for none
   * @param fileRequired whether a missing file is a problem (true when a person named it)
   */
  public ConfigManager(
      Path file, boolean fileRequired, MachinePolicy policy, ConfigOverrides overrides) {
    this.file = file;
    this.fileRequired = fileRequired;
    this.policy = Objects.requireNonNull(policy);
    this.overrides = Objects.requireNonNull(overrides);
    reload();
  }

  public BridgeLinkConfig current() {
    return current;
  }

  /** What is wrong with the file, policy or overrides; empty when all is well. */
  public List<ConfigProblem> problems() {
    return problems;
  }

  public Path file() {
    return file;
  }

  /**
   * True when the file is refused and no earlier good file exists: the defaults are in use, which
   * watch no peers, so the machine is effectively unmonitored.
   */
  public boolean noGoodConfiguration() {
    return fallingBack;
  }

  /** Called with the new configuration after a reload that changed it. */
  public void addListener(Consumer<BridgeLinkConfig> listener) {
    listeners.add(listener);
  }

  /** Reloads when the file or the policy changed; true when the effective config changed. */
  public synchronized boolean checkForChange() {
    String text = readFile(new ArrayList<>());
    Map<String, String> policyValues = policy.read();
    if (Objects.equals(text, lastFileText) && Objects.equals(policyValues, lastPolicy)) {
      return false;
    }
    return reload();
  }

  /** Reloads unconditionally; true when the effective config changed. */
  public synchronized boolean reload() {
    List<ConfigProblem> found = new ArrayList<>();
    String text = readFile(found);
    lastFileText = text;
    if (text != null) {
      ConfigParser.Result parsed = ConfigParser.parse(text);
      if (parsed.valid()) {
        lastGoodFile = parsed.config();
        haveGoodFile = true;
      }
      found.addAll(parsed.problems());
    } else if (found.isEmpty()) {
      lastGoodFile = BridgeLinkConfig.defaults();
      haveGoodFile = true;
    }
    fallingBack = !haveGoodFile;
    lastPolicy = policy.read();
    PolicySettings settings = PolicySettings.parse(lastPolicy, found);
    BridgeLinkConfig effective = overrides.applyTo(settings.applyTo(lastGoodFile), found);
    boolean changed = !effective.equals(current);
    BridgeLinkConfig previous = current;
    current = effective;
    if (!found.equals(problems)) {
      found.forEach(p -> log.warn("configuration problem: {}", p));
      if (found.isEmpty() && !problems.isEmpty()) {
        log.info("configuration problems resolved");
      }
    }
    problems = List.copyOf(found);
    if (changed && previous != null) {
      log.info("configuration reloaded: {} peer(s)", effective.peers().size());
      listeners.forEach(l -> l.accept(effective));
    }
    return changed;
  }

  /** The file's text, or null when there is none (a problem when it was required). */
  private String readFile(List<ConfigProblem> found) {
    if (file == null) {
      return null;
    }
    try {
      if (!Files.exists(file)) {
        if (fileRequired) {
          found.add(new ConfigProblem("(file)", "not found: " + file, Kind.MISSING));
        }
        return null;
      }
      if (Files.isDirectory(file)) {
        found.add(new ConfigProblem("(file)", "is a folder, not a file: " + file, Kind.UNREADABLE));
        return null;
      }
      if (Files.size(file) > ConfigLimits.MAX_FILE_BYTES) {
        found.add(
            new ConfigProblem(
                "(file)", "larger than " + ConfigLimits.MAX_FILE_BYTES / 1024 + " KiB: " + file));
        return null;
      }
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (AccessDeniedException e) {
      found.add(
          new ConfigProblem(
              "(file)", "cannot read " + file + ": permission denied", Kind.UNREADABLE));
      return null;
    } catch (CharacterCodingException e) {
      found.add(
          new ConfigProblem(
              "(file)", "not UTF-8 text: save it as UTF-8 (with or without BOM): " + file));
      return null;
    } catch (IOException | RuntimeException e) {
      found.add(
          new ConfigProblem(
              "(file)", "cannot read " + file + ": " + e.getMessage(), Kind.UNREADABLE));
      return null;
    }
  }
}
