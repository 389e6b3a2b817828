package com.maemuki.bridgelink.tray.view;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class RenderPartsTest {
  private final Logger logger = (Logger) LoggerFactory.getLogger(RenderParts.class);
  private final ListAppender<ILoggingEvent> log = new ListAppender<>();
  private final RenderParts parts = new RenderParts("test view");
  private final List<String> shown = new ArrayList<>();

  @BeforeEach
  void capture() {
    log.start();
    logger.addAppender(log);
  }

  @AfterEach
  void release() {
    logger.detachAppender(log);
  }

  private void render(String state, boolean tooltipFails) {
    parts.attempt("icon", () -> shown.add("icon " + state));
    parts.attempt(
        "tooltip",
        () -> {
          if (tooltipFails) {
            throw new IllegalArgumentException("Tooltip text cannot be longer than 64 characters.");
          }
          shown.add("tooltip " + state);
        });
    parts.attempt("menu", () -> shown.add("menu " + state));
  }

  @Test
  void aFailingTooltipNeitherStopsTheMenuNorFillsTheLog() {
    render("down", true);
    render("degraded", true);
    assertThat(shown).containsExactly("icon down", "menu down", "icon degraded", "menu degraded");
    assertThat(log.list).hasSize(1);
    assertThat(log.list.get(0).getFormattedMessage())
        .isEqualTo(
            "test view: could not show the tooltip; the rest is shown"
                + " (logged once until it works again)");
    assertThat(log.list.get(0).getThrowableProxy().getMessage())
        .isEqualTo("Tooltip text cannot be longer than 64 characters.");
  }

  @Test
  void aPartThatWorksAgainIsLoggedAgainWhenItNextFails() {
    render("down", true);
    render("ok", false);
    render("down", true);
    assertThat(log.list).hasSize(2);
    assertThat(shown).contains("tooltip ok");
  }
}
