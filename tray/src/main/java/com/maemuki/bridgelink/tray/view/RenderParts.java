package com.maemuki.bridgelink.tray.view;

import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders a model part by part (icon, tooltip, menu), so that one part the toolkit refuses never
 * leaves the others stale (issue 13: a tooltip exception after the icon and before the menu left a
 * red icon over an "all good" menu). A failing part is logged once, with its exception, until it
 * works again; a part that keeps failing does not fill the log.
 */
public final class RenderParts {
  private static final Logger LOG = LoggerFactory.getLogger(RenderParts.class);
  private final String view;
  private final Set<String> failing = new HashSet<>();

  /**
   * @param view the view's name for the log
   */
  public RenderParts(String view) {
    this.view = view;
  }

  /**
   * Runs one part.
   *
   * @return whether it worked (the caller records what is shown only then, so it retries later)
   */
  public synchronized boolean attempt(String part, Runnable step) {
    try {
      step.run();
      failing.remove(part);
      return true;
    } catch (RuntimeException | LinkageError e) {
      if (failing.add(part)) {
        LOG.warn(
            "{}: could not show the {}; the rest is shown (logged once until it works again)",
            view,
            part,
            e);
      } else {
        LOG.debug("{}: the {} failed again: {}", view, part, e.toString());
      }
      return false;
    }
  }
}
