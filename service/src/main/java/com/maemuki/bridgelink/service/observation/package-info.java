/**
 * Typed observations: the immutable readings the monitor's sources produce and the checks read
 * (docs/architecture.md). Sources depend on this package and checks depend on this package; checks
 * never see a source's classes.
 */
package com.maemuki.bridgelink.service.observation;
