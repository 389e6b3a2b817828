package com.maemuki.bridgelink.service.metrics;

import com.maemuki.bridgelink.service.config.MetricsConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The meter registries and their exports. A Prometheus registry always exists in memory (the
 * diagnostics bundle and tests read it); its HTTP endpoint and the OTLP push start only when the
 * configuration enables them. Every meter carries the tag {@code service=bridge-link}; see
 * docs/metrics.md for the names.
 */
public final class MetricsExport implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(MetricsExport.class);

  private final CompositeMeterRegistry registry = new CompositeMeterRegistry();
  private final PrometheusMeterRegistry prometheus =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final JvmGcMetrics gc = new JvmGcMetrics();
  private OtlpPush otlp;
  private PrometheusEndpoint endpoint;

  public MetricsExport(MetricsConfig config) throws IOException {
    registry.add(prometheus);
    registry.config().commonTags("service", "bridge-link");
    if (config.prometheus().enabled()) {
      endpoint =
          new PrometheusEndpoint(
              new InetSocketAddress(config.prometheus().bind(), config.prometheus().port()),
              prometheus);
      log.info("Prometheus metrics at http://{}/metrics", endpoint.address());
    }
    if (config.otlp().active()) {
      // before any meter exists: a registry added later misses what was recorded before
      otlp = new OtlpPush(config.otlp());
      registry.add(otlp.registry());
    }
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    gc.bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    new FileDescriptorMetrics().bindTo(registry);
  }

  public MeterRegistry registry() {
    return registry;
  }

  /** The Prometheus text of every meter now. */
  public String scrape() {
    return prometheus.scrape();
  }

  /** The endpoint's bound address, or null when it is off. */
  public InetSocketAddress endpointAddress() {
    return endpoint == null ? null : endpoint.address();
  }

  /** The OTLP push, or null when it is off. */
  OtlpPush otlp() {
    return otlp;
  }

  /**
   * Stops the endpoint, pushes the last OTLP step (bounded by {@link OtlpPush#CLOSE_BUDGET}) and
   * closes the registries.
   */
  @Override
  public void close() {
    if (endpoint != null) {
      endpoint.close();
    }
    if (otlp != null) {
      // Out of the composite first: its close() would close the OTLP registry again, unbounded.
      registry.remove(otlp.registry());
      otlp.close();
    }
    gc.close();
    registry.close();
  }
}
