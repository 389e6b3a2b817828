package com.maemuki.bridgelink.service.config;

import java.util.regex.Pattern;

/**
 * The operators group setting ({@code operatorsGroup} in {@code config.json}, {@code
 * OperatorsGroup} in machine policy): a group name (Unix and Windows, "DOMAIN\\group" allowed), a
 * numeric gid (Unix) or a SID string "S-1-5-…" (Windows). Checked here for syntax only; whether the
 * group exists is looked up when a caller is authorized, so a group created later still counts.
 */
public final class OperatorsGroupSetting {

  /** Longest accepted value (Windows group names are at most 256 characters). */
  public static final int MAX_LENGTH = 256;

  private static final Pattern SID = Pattern.compile("S-1-\\d{1,14}(-\\d{1,10}){1,15}");
  private static final Pattern LOOKS_LIKE_SID = Pattern.compile("[Ss]-\\d.*");

  /** Characters no Windows or Unix group name may contain (a single "DOMAIN\\" prefix may). */
  private static final String NOT_IN_NAMES = "\"/[]:;|=,+*?<>";

  private OperatorsGroupSetting() {}

  /** True when {@code value} is meant as a SID ("S-" and a digit), well-formed or not. */
  public static boolean looksLikeSid(String value) {
    return value != null && LOOKS_LIKE_SID.matcher(value).matches();
  }

  /** True for a well-formed SID string such as "S-1-5-32-544" (upper-case S, as Windows writes). */
  public static boolean isSid(String value) {
    return value != null && SID.matcher(value).matches();
  }

  /**
   * What is wrong with a configured value (already stripped of surrounding blanks), or null when it
   * is usable.
   */
  public static String problem(String value) {
    if (value.isEmpty()) {
      return "must not be empty (leave it out for no operators group)";
    }
    if (value.length() > MAX_LENGTH) {
      return "at most " + MAX_LENGTH + " characters";
    }
    if (looksLikeSid(value)) {
      return isSid(value) ? null : "\"" + value + "\" is not a valid SID (e.g. S-1-5-21-…-1105)";
    }
    if (value.chars().anyMatch(Character::isISOControl)) {
      return "must not contain control characters";
    }
    for (char c : NOT_IN_NAMES.toCharArray()) {
      if (value.indexOf(c) >= 0) {
        return "\"" + value + "\" is not a group name: '" + c + "' is not allowed";
      }
    }
    int backslash = value.indexOf('\\');
    if (backslash >= 0
        && (backslash == 0
            || backslash == value.length() - 1
            || value.indexOf('\\', backslash + 1) >= 0)) {
      return "\"" + value + "\" is not a group name: write DOMAIN\\group or just group";
    }
    return null;
  }
}
