/**
 * Repairs that must run as the signed-in user (tailscaled makes the caller the profile owner; as
 * SYSTEM they would lock the user out): re-authentication, {@code tailscale-up}, {@code
 * accept-dns}, {@code enable-unattended}, opening the admin console and the share instructions.
 *
 * <p>They live in the service module because the LocalAPI client does, but never run inside the
 * service: the tray (which depends only on {@code ipc}) must run them in its own process, as the
 * user. The pure parts ({@link com.maemuki.bridgelink.service.repair.user.PrefsChange}, {@link
 * com.maemuki.bridgelink.service.repair.user.AdminConsole}, {@link
 * com.maemuki.bridgelink.service.repair.user.ShareInstructions}, {@link
 * com.maemuki.bridgelink.service.repair.user.LoginUrls}) depend on nothing but the JDK and Jackson,
 * so they can move into a shared module with the LocalAPI client when the tray gains one; the
 * LocalAPI-facing classes depend on that client only.
 */
package com.maemuki.bridgelink.service.repair.user;
