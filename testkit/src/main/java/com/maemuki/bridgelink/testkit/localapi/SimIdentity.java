package com.maemuki.bridgelink.testkit.localapi;

/**
 * Who is on the other end of a LocalAPI connection, as tailscaled on Windows learns it from the
 * pipe client's token and PID ({@code ipn/ipnserver/actor.go newActor}): the user's SID, the name
 * the refusal message shows, the PID, and whether it is LocalSystem ({@code S-1-5-18}, always
 * admitted). Identity is fixed per connection.
 */
public record SimIdentity(String sid, String name, long pid) {

  public static final String SYSTEM_SID = "S-1-5-18";

  /** LocalSystem, as the service runs. */
  public static SimIdentity system(long pid) {
    return new SimIdentity(SYSTEM_SID, "NT AUTHORITY\\SYSTEM", pid);
  }

  /** A signed-in Windows user, e.g. {@code user("S-1-5-21-1-2-3-1001", "DESKTOP\\alice", 4242)}. */
  public static SimIdentity user(String sid, String name, long pid) {
    return new SimIdentity(sid, name, pid);
  }

  public boolean isSystem() {
    return SYSTEM_SID.equals(sid);
  }
}
