/**
 * The composition root of the live monitor: wires configuration, sources, checks, the monitor and
 * metrics into one {@link com.maemuki.bridgelink.service.daemon.BridgeLinkDaemon}, and evaluates
 * readings with every check ({@link com.maemuki.bridgelink.service.daemon.CheckEvaluator}).
 */
package com.maemuki.bridgelink.service.daemon;
