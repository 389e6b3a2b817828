package com.maemuki.bridgelink.ipc.contract;

/** The {@code diag.create} result: the absolute path of the bundle written. */
public record DiagResult(String path) {}
