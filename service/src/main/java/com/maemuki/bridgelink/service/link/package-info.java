/**
 * The composition root of the live monitor: wires configuration, sources, checks, the monitor and
 * metrics into one {@link com.maemuki.bridgelink.service.link.BridgeLinkDaemon}, and evaluates
 * readings with every check ({@link com.maemuki.bridgelink.service.link.LinkEvaluator}).
 */
package com.maemuki.bridgelink.service.link;
