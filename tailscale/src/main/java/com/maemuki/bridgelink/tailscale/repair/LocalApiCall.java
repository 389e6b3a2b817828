package com.maemuki.bridgelink.tailscale.repair;

import com.maemuki.bridgelink.tailscale.localapi.LocalApiClient;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiException;

/** One LocalAPI request a repair makes inside its {@link UserSession}. */
@FunctionalInterface
interface LocalApiCall<T> {

  T call(LocalApiClient client) throws LocalApiException;
}
