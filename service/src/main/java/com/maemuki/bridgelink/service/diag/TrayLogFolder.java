package com.maemuki.bridgelink.service.diag;

import java.nio.file.Path;

/**
 * Where one tray user's log files are, as the service derived it from the OS.
 *
 * @param user who ran the tray (the name in the bundle: {@code tray/<user>/…})
 * @param folder the fixed log folder under that user's home or profile
 * @param ownerUid the uid every file taken must belong to (Unix), or -1 where the OS's ownership is
 *     not compared (Windows: the folder comes from the SID's own profile)
 */
public record TrayLogFolder(String user, Path folder, long ownerUid) {}
