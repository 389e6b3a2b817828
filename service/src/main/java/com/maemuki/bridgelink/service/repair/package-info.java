/**
 * One-click repairs: the {@link com.maemuki.bridgelink.service.repair.Repair} interface, the {@link
 * com.maemuki.bridgelink.service.repair.RepairRegistry} that enforces what every repair owes
 * (authorization decided by the ipc authorizer and passed in, a deadline, an append-only audit
 * record, a targeted re-check that says whether the finding cleared, one run at a time per repair),
 * and the service-side repairs (restart Tailscale, open/close an inbound port, allow ping, mark the
 * adapter Private). Repairs that must run as the signed-in user are the {@code tailscale} module's
 * ({@code tailscale.repair}), run by the tray and {@code bridge-link repair}.
 */
package com.maemuki.bridgelink.service.repair;
