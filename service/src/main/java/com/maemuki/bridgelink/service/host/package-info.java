/**
 * Hosting: how the service's daemon is started and stopped, whoever hosts it. procrun (the Windows
 * service, jvm mode) calls {@link com.maemuki.bridgelink.service.host.ProcrunEntry}; the console
 * ({@code bridge-link run}, Linux, tests) calls {@link
 * com.maemuki.bridgelink.service.host.ServiceLifecycle#runInConsole}. Both share one {@link
 * com.maemuki.bridgelink.service.host.ServiceLifecycle}: start the daemon, block until asked to
 * stop, close the daemon within a bound, return.
 */
package com.maemuki.bridgelink.service.host;
