package com.maemuki.bridgelink.tailscale.repair;

/**
 * One repair run as the signed-in user. Implementations are idempotent (a second run says nothing
 * needed doing) and never throw for expected failures: they return a failed result in plain words.
 */
interface UserRepair {

  UserRepairId id();

  UserRepairResult run(UserRepairRequest request);
}
