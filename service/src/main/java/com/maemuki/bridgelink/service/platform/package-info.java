/**
 * Ports to the operating system (service control, firewall, machine policy) and the one {@link
 * com.maemuki.bridgelink.service.platform.Platforms} factory that picks the adapters for the OS the
 * service runs on. Nothing outside this package names a Windows or Linux class.
 */
package com.maemuki.bridgelink.service.platform;
