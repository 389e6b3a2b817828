package com.maemuki.bridgelink.service.metrics;

import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The rows of a {@link MultiGauge}: values change in place; the gauge is re-registered only when
 * the set of rows changes (a peer or finding appears or goes). Re-registering on every snapshot
 * would remove and recreate meters every probe round, which is most of an idle monitor's work.
 */
final class GaugeRows {

  private final MultiGauge gauge;
  private Map<Tags, AtomicReference<Double>> rows = new HashMap<>();

  GaugeRows(MultiGauge gauge) {
    this.gauge = gauge;
  }

  synchronized void update(Map<Tags, Double> values) {
    if (values.keySet().equals(rows.keySet())) {
      values.forEach((tags, value) -> rows.get(tags).set(value));
      return;
    }
    Map<Tags, AtomicReference<Double>> fresh = new HashMap<>();
    List<MultiGauge.Row<?>> list = new ArrayList<>();
    values.forEach(
        (tags, value) -> {
          AtomicReference<Double> holder = new AtomicReference<>(value);
          fresh.put(tags, holder);
          list.add(MultiGauge.Row.of(tags, holder, h -> h.get()));
        });
    rows = fresh;
    gauge.register(list, true);
  }
}
