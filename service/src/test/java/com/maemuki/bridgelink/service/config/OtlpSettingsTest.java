package com.maemuki.bridgelink.service.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code metrics.otlp} in the config file: off and endpoint-less unless set, validated. */
class OtlpSettingsTest {

  private static ConfigParser.Result parse(String otlp) {
    return ConfigParser.parse("{\"metrics\": {\"otlp\": " + otlp + "}}");
  }

  private static String problemOf(ConfigParser.Result r, String field) {
    return r.problems().stream()
        .filter(p -> p.field().equals(field))
        .map(ConfigProblem::problem)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no problem on " + field + ": " + r.problems()));
  }

  @Test
  void offWithNoEndpointByDefault() {
    MetricsConfig.Otlp otlp = ConfigParser.parse("{}").config().metrics().otlp();
    assertThat(otlp.enabled()).isFalse();
    assertThat(otlp.endpoint()).isNull();
    assertThat(otlp.active()).isFalse();
    assertThat(otlp.headers()).isEmpty();
  }

  @Test
  void readsEndpointStepAndHeaders() {
    ConfigParser.Result r =
        parse(
            "{\"enabled\": true, \"endpoint\": \"https://otel.example:4318/v1/metrics\","
                + " \"stepSeconds\": 15, \"headers\": {\"Authorization\": \"Bearer abc\"}}");
    assertThat(r.problems()).isEmpty();
    MetricsConfig.Otlp otlp = r.config().metrics().otlp();
    assertThat(otlp.active()).isTrue();
    assertThat(otlp.endpoint()).isEqualTo("https://otel.example:4318/v1/metrics");
    assertThat(otlp.step()).isEqualTo(Duration.ofSeconds(15));
    assertThat(otlp.headers()).isEqualTo(Map.of("Authorization", "Bearer abc"));
  }

  @Test
  void aBaseUrlGetsTheStandardMetricsPath() {
    assertThat(
            parse("{\"enabled\": true, \"endpoint\": \"http://10.0.0.5:4318\"}")
                .config()
                .metrics()
                .otlp()
                .endpoint())
        .isEqualTo("http://10.0.0.5:4318/v1/metrics");
    assertThat(
            parse("{\"enabled\": true, \"endpoint\": \"http://collector/\"}")
                .config()
                .metrics()
                .otlp()
                .endpoint())
        .isEqualTo("http://collector/v1/metrics");
  }

  @Test
  void enablingWithoutAnEndpointIsAnError() {
    ConfigParser.Result r = parse("{\"enabled\": true}");
    assertThat(problemOf(r, "metrics.otlp.endpoint"))
        .contains("is required")
        .contains("no default collector");
    assertThat(r.config().metrics().otlp().active()).isFalse();
  }

  @Test
  void badEndpointsAreNamedWithTheirField() {
    assertThat(problemOf(parse("{\"endpoint\": \"ftp://x/v1/metrics\"}"), "metrics.otlp.endpoint"))
        .contains("http:// or https://");
    assertThat(problemOf(parse("{\"endpoint\": \"collector:4318\"}"), "metrics.otlp.endpoint"))
        .contains("http:// or https://");
    assertThat(problemOf(parse("{\"endpoint\": \"http://\"}"), "metrics.otlp.endpoint"))
        .isNotBlank();
    assertThat(problemOf(parse("{\"endpoint\": \"http:///v1/metrics\"}"), "metrics.otlp.endpoint"))
        .contains("host");
    assertThat(
            problemOf(
                parse("{\"endpoint\": \"https://user:pw@otel.example/v1/metrics\"}"),
                "metrics.otlp.endpoint"))
        .contains("metrics.otlp.headers");
    assertThat(
            problemOf(
                parse("{\"endpoint\": \"https://otel.example/v1/metrics?api-key=k\"}"),
                "metrics.otlp.endpoint"))
        .contains("?query")
        .contains("metrics.otlp.headers");
    assertThat(problemOf(parse("{\"endpoint\": \"http://a b/\"}"), "metrics.otlp.endpoint"))
        .contains("URL");
    assertThat(problemOf(parse("{\"endpoint\": 4318}"), "metrics.otlp.endpoint"))
        .contains("string");
    assertThat(parse("{\"endpoint\": \"ftp://x\"}").config().metrics().otlp().endpoint()).isNull();
  }

  @Test
  void badHeadersAndStepsAreNamedWithTheirField() {
    ConfigParser.Result r =
        parse(
            "{\"stepSeconds\": 0, \"headers\": {\"Bad Name\": \"x\", \"Content-Type\": \"x\","
                + " \"X-Token\": \"a\\r\\nInjected: 1\", \"X-Number\": 5, \"X-Ok\": \"fine\"},"
                + " \"extra\": 1}");
    assertThat(r.problems())
        .extracting(ConfigProblem::field)
        .containsExactlyInAnyOrder(
            "metrics.otlp.stepSeconds",
            "metrics.otlp.headers.Bad Name",
            "metrics.otlp.headers.Content-Type",
            "metrics.otlp.headers.X-Token",
            "metrics.otlp.headers.X-Number",
            "metrics.otlp.extra");
    assertThat(problemOf(r, "metrics.otlp.headers.X-Token")).contains("line breaks");
    assertThat(r.config().metrics().otlp().headers()).isEqualTo(Map.of("X-Ok", "fine"));
  }
}
