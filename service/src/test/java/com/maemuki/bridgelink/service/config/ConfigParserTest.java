package com.maemuki.bridgelink.service.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.service.finding.Severity;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigParserTest {

  @Test
  void emptyObjectGivesTheDefaults() {
    ConfigParser.Result r = ConfigParser.parse("{}");
    assertThat(r.valid()).isTrue();
    assertThat(r.config()).isEqualTo(BridgeLinkConfig.defaults());
    assertThat(r.config().intervals().status()).isEqualTo(Duration.ofSeconds(2));
    assertThat(r.config().intervals().probes()).isEqualTo(Duration.ofSeconds(5));
    assertThat(r.config().metrics().prometheus().enabled()).isFalse();
    assertThat(r.config().metrics().prometheus().bind()).isEqualTo("127.0.0.1");
    assertThat(r.config().metrics().otlp().enabled()).isFalse();
    assertThat(r.config().dns().magicDnsServer()).isEqualTo("100.100.100.100");
  }

  @Test
  void readsAFullFile() {
    String json =
        """
        {
          "peers": [
            {"name": "bridge-peer", "host": "bridge-peer.tail1234.ts.net", "ports": [3389, 22],
             "localPorts": [8080]},
            {"name": "nas", "host": "100.101.102.103"}
          ],
          "intervals": {"status": 0.5, "probes": 1, "dns": 10},
          "deadlines": {"probe": 0.25},
          "keyExpiryWarningDays": 7,
          "damping": {"raiseAfter": 3, "raiseAfterSeconds": 20, "clearAfter": 4},
          "metrics": {"prometheus": {"enabled": true, "port": 9100}},
          "notifications": {"minSeverity": "critical", "notifyOnClear": false},
          "localApiSocket": "/run/ts.sock",
          "dns": {"osResolver": "127.0.0.1:5353", "magicDnsServer": "127.0.0.1:5354"},
          "tray": "hide"
        }
        """;
    ConfigParser.Result r = ConfigParser.parse(json);
    assertThat(r.problems()).isEmpty();
    BridgeLinkConfig c = r.config();
    assertThat(c.peers())
        .containsExactly(
            new PeerConfig(
                "bridge-peer", "bridge-peer.tail1234.ts.net", List.of(3389, 22), List.of(8080)),
            new PeerConfig("nas", "100.101.102.103", List.of(), List.of()));
    assertThat(c.intervals().status()).isEqualTo(Duration.ofMillis(500));
    assertThat(c.intervals().prefs()).isEqualTo(Duration.ofSeconds(45));
    assertThat(c.intervals().dns()).isEqualTo(Duration.ofSeconds(10));
    assertThat(c.deadlines().probe()).isEqualTo(Duration.ofMillis(250));
    assertThat(c.keyExpiryWarningDays()).isEqualTo(7);
    assertThat(c.damping().raiseAfter()).isEqualTo(3);
    assertThat(c.damping().raiseAfterTime()).isEqualTo(Duration.ofSeconds(20));
    assertThat(c.damping().clearAfter()).isEqualTo(4);
    assertThat(c.metrics().prometheus())
        .isEqualTo(new MetricsConfig.Prometheus(true, 9100, "127.0.0.1"));
    assertThat(c.notifications().minSeverity()).isEqualTo(Severity.CRITICAL);
    assertThat(c.localApiSocket()).isEqualTo("/run/ts.sock");
    assertThat(c.dns().usesSystemResolver()).isFalse();
    assertThat(c.tray()).isEqualTo("hide");
  }

  @Test
  void everyProblemNamesItsField() {
    String json =
        """
        {
          "peers": [
            {"name": "ok-peer", "ports": [0, 3389, 3389, "x"]},
            {"name": "bad name!"},
            {"host": "no-name"},
            {"name": "ok-peer"},
            {"name": "p2", "host": "evil host; rm -rf", "localPorts": 22}
          ],
          "intervals": {"status": -1, "probe": 5},
          "damping": {"raiseAfter": 0},
          "metrics": {"prometheus": {"port": 70000}, "otlp": {"endpoint": "ftp://x"}},
          "dns": {"magicDnsServer": "not-an-ip"},
          "tray": "maybe",
          "peer": []
        }
        """;
    ConfigParser.Result r = ConfigParser.parse(json);
    assertThat(r.valid()).isFalse();
    assertThat(r.problems())
        .extracting(ConfigProblem::field)
        .containsExactlyInAnyOrder(
            "peer",
            "tray",
            "peers[0].ports[0]",
            "peers[0].ports[2]",
            "peers[0].ports[3]",
            "peers[1].name",
            "peers[2].name",
            "peers[3].name",
            "peers[4].host",
            "peers[4].localPorts",
            "intervals.status",
            "intervals.probe",
            "damping.raiseAfter",
            "metrics.prometheus.port",
            "metrics.otlp.endpoint",
            "dns.magicDnsServer");
    assertThat(r.problems())
        .filteredOn(p -> p.field().equals("peers[0].ports[2]"))
        .extracting(ConfigProblem::problem)
        .containsExactly("port 3389 is listed twice");
    assertThat(r.problems())
        .filteredOn(p -> p.field().equals("intervals.probe"))
        .first()
        .extracting(ConfigProblem::problem)
        .asString()
        .contains("unknown key, ignored")
        .contains("probes");
  }

  @Test
  void anUnknownKeyIsAWarningAndEveryKnownKeyStillApplies() {
    ConfigParser.Result r =
        ConfigParser.parse(
            "{\"peers\": [{\"name\": \"bridge-peer\", \"portz\": [1]}], \"trayIcon\": 1,"
                + " \"tray\": \"hide\"}");
    assertThat(r.valid()).isTrue();
    assertThat(r.problems())
        .extracting(ConfigProblem::field, ConfigProblem::kind)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("peers[0].portz", ConfigProblem.Kind.UNKNOWN_KEY),
            org.assertj.core.groups.Tuple.tuple("trayIcon", ConfigProblem.Kind.UNKNOWN_KEY));
    assertThat(r.config().peers()).extracting(PeerConfig::name).containsExactly("bridge-peer");
    assertThat(r.config().tray()).isEqualTo("hide");
  }

  @Test
  void aByteOrderMarkAndWindowsLineEndsAreRead() {
    ConfigParser.Result r = ConfigParser.parse("\uFEFF{\r\n\"tray\": \"hide\"\r\n}\r\n");
    assertThat(r.problems()).isEmpty();
    assertThat(r.config().tray()).isEqualTo("hide");
  }

  @Test
  void brokenJsonIsOneProblemOnTheFile() {
    ConfigParser.Result r = ConfigParser.parse("{\"peers\": [");
    assertThat(r.problems()).hasSize(1);
    assertThat(r.problems().get(0).field()).isEqualTo("line 1, column 12");
    assertThat(r.problems().get(0).problem())
        .isEqualTo(
            "not valid JSON: the file ends too early (a closing } or ] or a quote is missing)");
    assertThat(ConfigParser.parse("[1]").problems().get(0).problem()).contains("JSON object");
  }
}
