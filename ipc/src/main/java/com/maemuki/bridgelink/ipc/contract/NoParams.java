package com.maemuki.bridgelink.ipc.contract;

/** The {@code params} of a method that takes none: an empty object. */
public record NoParams() {}
