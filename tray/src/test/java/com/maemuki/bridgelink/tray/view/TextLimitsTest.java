package com.maemuki.bridgelink.tray.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextLimitsTest {
  private final TextLimits dorkbox = new TextLimits(64, 80);

  @Test
  void aShortTextIsShownWholeOnOneLine() {
    assertThat(dorkbox.tooltip("Bridge Link:\n  all   good ")).isEqualTo("Bridge Link: all good");
  }

  @Test
  void aLongTooltipEndsAtAWordWithAnEllipsisWithinTheLimit() {
    String summary =
        "Bridge Link: Link down: bridge-peer offline; the firewall blocks port 3389 from Tailscale";
    String tip = dorkbox.tooltip(summary);
    assertThat(tip)
        .hasSizeLessThanOrEqualTo(64)
        .isEqualTo("Bridge Link: Link down: bridge-peer offline; the firewall\u2026");
  }

  @Test
  void oneOverlongWordIsCutMidWord() {
    assertThat(TextLimits.cut("x".repeat(100), 10)).isEqualTo("xxxxxxxxx\u2026");
  }

  @Test
  void neverSplitsASurrogatePair() {
    String text = "a".repeat(8) + "\uD83D\uDE00" + "b".repeat(10);
    assertThat(TextLimits.cut(text, 10)).isEqualTo("a".repeat(8) + "\u2026");
  }

  @Test
  void labelsHaveTheirOwnLimit() {
    String label = "Critical: " + "word ".repeat(30);
    assertThat(dorkbox.label(label)).hasSizeLessThanOrEqualTo(80).endsWith("word\u2026");
  }
}
