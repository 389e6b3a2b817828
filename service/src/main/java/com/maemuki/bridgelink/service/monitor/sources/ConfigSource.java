package com.maemuki.bridgelink.service.monitor.sources;

import com.maemuki.bridgelink.service.config.ConfigManager;
import com.maemuki.bridgelink.service.monitor.Source;
import com.maemuki.bridgelink.service.observation.ConfigReading;
import com.maemuki.bridgelink.service.observation.SourceNames;
import java.time.Duration;

/**
 * Polls the configuration for changes (reloading without a restart) and reports its problems for
 * {@code config-invalid}. The manager's listeners carry a changed config to the rest of the
 * service.
 *
 * <p>Every 5 s: an edit to config.json or the machine policy takes effect within seconds, and the
 * read (a file, and on Windows the policy key in the registry) is not repeated at the status poll's
 * 2 s pace, which an idle service would pay for all day.
 */
public final class ConfigSource implements Source {

  public static final String NAME = SourceNames.CONFIG;

  private final ConfigManager manager;

  public ConfigSource(ConfigManager manager) {
    this.manager = manager;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Duration interval() {
    return Duration.ofSeconds(5);
  }

  @Override
  public Duration deadline() {
    return Duration.ofSeconds(2);
  }

  @Override
  public Object collect() {
    manager.checkForChange();
    return new ConfigReading(
        manager.file() == null ? null : manager.file().toString(),
        manager.problems(),
        manager.noGoodConfiguration());
  }
}
