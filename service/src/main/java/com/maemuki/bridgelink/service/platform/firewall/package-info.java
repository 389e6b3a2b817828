/**
 * Windows Firewall decisions in pure Java: the snapshot the inspection script reports ({@link
 * com.maemuki.bridgelink.service.platform.firewall.FirewallSnapshotParser}), the evaluator that
 * answers "can a Tailscale peer reach local TCP port P, and ping us?" with a reason ({@link
 * com.maemuki.bridgelink.service.platform.firewall.FirewallEvaluator}), the findings it yields, the
 * port allowlist and the argument lists of the repair scripts. Nothing here touches Windows; the
 * adapters in {@code platform.windows} only run the scripts.
 */
package com.maemuki.bridgelink.service.platform.firewall;
