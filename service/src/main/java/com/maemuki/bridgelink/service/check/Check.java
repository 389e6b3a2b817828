package com.maemuki.bridgelink.service.check;

import com.maemuki.bridgelink.service.finding.Finding;
import java.util.List;

/**
 * One check: reads observations, returns the findings they establish (empty when all is well or the
 * observations say nothing about it). Pure and fast: no I/O, no clock but {@code
 * Observations.now()}.
 */
public interface Check {

  /** A kebab-case name for logs and metrics ({@code "needs-login"}). */
  String name();

  List<Finding> evaluate(Observations observations);
}
