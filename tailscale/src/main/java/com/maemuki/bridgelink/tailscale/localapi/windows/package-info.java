/**
 * The Windows transport of the LocalAPI client: tailscaled's named pipe opened with plain {@code
 * CreateFile} (Impersonation level, as tailscale's notes advise; never Anonymous, which gets 401 on
 * every request) and read through {@code PeekNamedPipe} polling so that deadlines can close it.
 * Thin JNA adapter; the waiting logic is the portable {@code PolledPipeChannel}.
 */
package com.maemuki.bridgelink.tailscale.localapi.windows;
