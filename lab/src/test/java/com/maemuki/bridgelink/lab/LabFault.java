package com.maemuki.bridgelink.lab;

import java.util.List;
import java.util.Set;

/**
 * One fault of the real tailnet and what the product must say about it.
 *
 * @param fault the name {@code lab/lab.sh fault} knows
 * @param node the node it is injected on (peers: p1, p2; the bridge's own faults ignore it)
 * @param expected the findings ("code subject", subject "-" for none) that must be raised, and
 *     cleared after the heal
 * @param tolerated other findings that may come with it (consequences of the same fault, e.g. the
 *     port of a stopped peer); anything else raised meanwhile fails the test
 * @param raiseWithinMs how long detection may take (control's timings, measured: docs/lab.md)
 */
record LabFault(
    String fault,
    String node,
    List<String> expected,
    Set<String> tolerated,
    long raiseWithinMs,
    long clearWithinMs) {

  String label() {
    return fault + (node.equals("bridge") ? "" : " on " + node);
  }
}
