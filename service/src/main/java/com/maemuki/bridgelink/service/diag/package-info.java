/**
 * The diagnostics bundle ({@code bridge-link diag}, IPC {@code diag.create}, the tray menu): one
 * zip under the data directory with what support needs to diagnose a machine they cannot touch.
 * Every part has a deadline and a size cap; a part that fails is listed in the manifest with why,
 * never fails the bundle. Tailscale captures keep their raw form so {@code bridge-link analyze} can
 * read the bundle.
 */
package com.maemuki.bridgelink.service.diag;
