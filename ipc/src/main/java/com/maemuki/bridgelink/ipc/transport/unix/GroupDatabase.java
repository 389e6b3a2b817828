package com.maemuki.bridgelink.ipc.transport.unix;

import com.maemuki.bridgelink.ipc.transport.GroupMembership;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The local group file ({@code /etc/group}), for a peer's supplementary groups: {@code SO_PEERCRED}
 * gives only the primary group. Groups served by NSS modules other than files (LDAP, SSSD) are not
 * seen; give such operators a local group or make it their primary group.
 */
public final class GroupDatabase {
  /** One line of the group file. */
  public record Entry(String name, long gid, Set<String> members) {}

  private final List<Entry> entries;

  private GroupDatabase(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** Reads {@code /etc/group}; an unreadable file gives an empty database (primary group only). */
  public static GroupDatabase system() {
    return read(Path.of("/etc/group"));
  }

  /** Reads a group file; unreadable files and malformed lines are skipped, never fatal. */
  public static GroupDatabase read(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      return new GroupDatabase(List.of());
    }
  }

  /** Parses group-file text ({@code name:x:gid:member,member}). */
  public static GroupDatabase parse(String text) {
    List<Entry> entries = new ArrayList<>();
    for (String line : text.split("\n")) {
      String[] fields = line.strip().split(":", -1);
      if (fields.length < 4 || fields[0].isEmpty() || fields[0].startsWith("#")) {
        continue;
      }
      try {
        long gid = Long.parseLong(fields[2]);
        Set<String> members = new HashSet<>(Arrays.asList(fields[3].split(",")));
        members.remove("");
        entries.add(new Entry(fields[0], gid, Set.copyOf(members)));
      } catch (NumberFormatException e) {
        // a malformed line names no usable group
      }
    }
    return new GroupDatabase(entries);
  }

  /**
   * Every group of {@code user}: its primary group and the groups listing it as a member, each once
   * with its gid and name (the name is empty when the primary group is not in the file and the JDK
   * gave only its number).
   */
  public List<GroupMembership> membershipsOf(
      String user, long primaryGid, String primaryGroupName) {
    Map<Long, GroupMembership> groups = new LinkedHashMap<>();
    if (primaryGid >= 0) {
      String name =
          primaryGroupName == null || primaryGroupName.equals(Long.toString(primaryGid))
              ? ""
              : primaryGroupName;
      groups.put(primaryGid, GroupMembership.unix(primaryGid, name));
    }
    for (Entry entry : entries) {
      if (entry.gid() == primaryGid || entry.members().contains(user)) {
        groups.put(entry.gid(), GroupMembership.unix(entry.gid(), entry.name()));
      }
    }
    return List.copyOf(groups.values());
  }

  /** The group called {@code name}, if the file has one. */
  public Optional<Entry> named(String name) {
    return entries.stream().filter(e -> e.name().equals(name)).findFirst();
  }
}
