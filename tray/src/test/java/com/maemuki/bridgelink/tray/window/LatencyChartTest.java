package com.maemuki.bridgelink.tray.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class LatencyChartTest {
  private static final Instant T0 = Instant.parse("2026-11-24T18:00:00Z");

  /** An hour of samples each minute: direct, then relayed for 20 minutes, then direct again. */
  private static List<LatencySample> hour() {
    List<LatencySample> samples = new ArrayList<>();
    for (int m = 0; m <= 60; m++) {
      boolean relayed = m >= 20 && m < 40;
      boolean failed = m == 30;
      samples.add(
          new LatencySample(
              T0.plusSeconds(60L * m),
              failed ? null : (relayed ? 80.0 + m % 5 : 12.0 + m % 3),
              relayed ? "derp" : "direct",
              !failed));
    }
    return samples;
  }

  @Test
  void periodsMergeSamplesOnTheSamePath() {
    assertThat(PathPeriod.of(hour()))
        .containsExactly(
            new PathPeriod(T0, T0.plusSeconds(20 * 60), "direct"),
            new PathPeriod(T0.plusSeconds(20 * 60), T0.plusSeconds(40 * 60), "derp"),
            new PathPeriod(T0.plusSeconds(40 * 60), T0.plusSeconds(60 * 60), "direct"));
    assertThat(PathPeriod.of(List.of())).isEmpty();
  }

  @Test
  void chartBandsMarkDirectAndRelayedPeriodsAndFailuresLeaveGaps() throws Exception {
    JFreeChart chart = LatencyChart.create("bridge-peer", hour());

    @SuppressWarnings("unchecked")
    Collection<IntervalMarker> bands =
        (Collection<IntervalMarker>) chart.getXYPlot().getDomainMarkers(Layer.BACKGROUND);
    assertThat(bands)
        .extracting(IntervalMarker::getLabel)
        .containsExactly("direct", "relayed", "direct");
    IntervalMarker relayed = new ArrayList<>(bands).get(1);
    assertThat(relayed.getStartValue()).isEqualTo(T0.plusSeconds(20 * 60).toEpochMilli());
    assertThat(relayed.getEndValue()).isEqualTo(T0.plusSeconds(40 * 60).toEpochMilli());
    assertThat(relayed.getPaint()).isEqualTo(LatencyChart.RELAYED_BAND);
    assertThat(chart.getXYPlot().getDataset().getItemCount(0)).isEqualTo(61);
    assertThat(chart.getXYPlot().getDataset().getY(0, 30)).isNull();

    // Rendered off-screen so a person can look at it: target/screenshots/latency-chart.png
    Path out = Path.of("target", "screenshots");
    Files.createDirectories(out);
    File png = out.resolve("latency-chart.png").toFile();
    ImageIO.write(chart.createBufferedImage(720, 260), "png", png);
    assertThat(png).isNotEmpty();
  }

  @Test
  void historyReaderSkipsBadSamplesAndSortsByTime() {
    List<LatencySample> samples =
        HistoryReader.read(
            JsonMapper.shared()
                .readTree(
                    "{\"peer\": \"p\", \"samples\": ["
                        + "{\"time\": \"2026-11-24T18:01:00Z\", \"latencyMs\": 12.5, \"path\": \"direct\", \"ok\": true},"
                        + "{\"time\": \"yesterday\", \"latencyMs\": 1},"
                        + "{\"latencyMs\": 1},"
                        + "{\"time\": \"2026-11-24T18:00:00Z\", \"latencyMs\": null, \"path\": \"derp\", \"ok\": false}]}"));
    assertThat(samples)
        .containsExactly(
            new LatencySample(T0, null, "derp", false),
            new LatencySample(T0.plusSeconds(60), 12.5, "direct", true));
    assertThat(HistoryReader.read(null)).isEmpty();
  }
}
