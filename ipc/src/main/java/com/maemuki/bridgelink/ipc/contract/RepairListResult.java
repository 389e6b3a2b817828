package com.maemuki.bridgelink.ipc.contract;

import java.util.List;

/** The {@code repair.list} result: one entry per active finding a repair addresses, or one bare. */
public record RepairListResult(List<RepairListEntry> repairs) {
  public RepairListResult {
    repairs = Lists.present(repairs);
  }
}
