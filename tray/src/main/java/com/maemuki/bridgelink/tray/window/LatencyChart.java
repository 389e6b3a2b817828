package com.maemuki.bridgelink.tray.window;

import java.awt.Color;
import java.util.Date;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.time.Millisecond;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * A peer's latency over time, with a background band per path period: green while direct, amber
 * while relayed. A failed probe leaves a gap in the line rather than a misleading zero.
 */
public final class LatencyChart {
  static final Color DIRECT_BAND = new Color(46, 158, 68, 40);
  static final Color RELAYED_BAND = new Color(242, 169, 0, 70);

  private LatencyChart() {}

  /** The chart for one peer's samples (oldest first). */
  public static JFreeChart create(String peer, List<LatencySample> samples) {
    TimeSeries latency = new TimeSeries("latency (ms)");
    for (LatencySample sample : samples) {
      Millisecond at = new Millisecond(Date.from(sample.time()));
      latency.addOrUpdate(at, sample.ok() ? sample.latencyMs() : null);
    }
    JFreeChart chart =
        ChartFactory.createTimeSeriesChart(
            peer + ": latency, last hour",
            "time",
            "ms",
            new TimeSeriesCollection(latency),
            false,
            true,
            false);
    XYPlot plot = chart.getXYPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    for (PathPeriod period : PathPeriod.of(samples)) {
      if (!period.relayed() && !"direct".equals(period.path())) {
        continue;
      }
      IntervalMarker band =
          new IntervalMarker(period.start().toEpochMilli(), period.end().toEpochMilli());
      band.setPaint(period.relayed() ? RELAYED_BAND : DIRECT_BAND);
      band.setLabel(period.relayed() ? "relayed" : "direct");
      band.setLabelAnchor(RectangleAnchor.TOP_LEFT);
      band.setLabelTextAnchor(TextAnchor.TOP_LEFT);
      plot.addDomainMarker(band, Layer.BACKGROUND);
    }
    return chart;
  }
}
