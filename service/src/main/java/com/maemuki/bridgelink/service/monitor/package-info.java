/**
 * The always-on engine: sources run on their own cadences under a {@link
 * com.maemuki.bridgelink.service.monitor.SourceScheduler}, their readings are evaluated by pure
 * checks, findings are flap-damped per key, and the resulting {@link
 * com.maemuki.bridgelink.service.monitor.Snapshot} and transitions go to listeners (IPC, metrics,
 * the console view).
 */
package com.maemuki.bridgelink.service.monitor;
