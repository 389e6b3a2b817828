/**
 * Thin Windows adapters over jna-platform (registry, service control manager). Every decision is
 * made in pure Java elsewhere; these classes only read and call.
 */
package com.maemuki.bridgelink.service.platform.windows;
