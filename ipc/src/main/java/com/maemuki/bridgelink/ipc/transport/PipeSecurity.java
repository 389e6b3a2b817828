package com.maemuki.bridgelink.ipc.transport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The named pipe's security descriptor as an SDDL string, built here in plain Java so that the
 * exact text is unit-tested on every OS. Never a NULL descriptor (which would let anyone in).
 *
 * <p>The default: owner and group Administrators; a protected DACL (no inherited entries) that
 * denies network logons outright, gives SYSTEM and Administrators full control and interactive
 * users read and write-data only (no {@code FILE_CREATE_PIPE_INSTANCE}, which is part of generic
 * write and would let them add instances of our pipe); a medium mandatory label with no-write-up so
 * that low-integrity (sandboxed) processes cannot talk to the service.
 */
public final class PipeSecurity {
  /** FILE_GENERIC_READ (0x120089) | FILE_WRITE_DATA (0x2): read, write bytes, nothing else. */
  public static final String READ_WRITE_DATA = "0x12008b";

  /** Generic all. */
  public static final String FULL_CONTROL = "GA";

  private static final Pattern SID_ALIAS = Pattern.compile("[A-Z]{2}");
  private static final Pattern SID_STRING = Pattern.compile("S-1-\\d{1,14}(-\\d{1,10}){0,15}");
  private static final Pattern RIGHTS = Pattern.compile("GA|GR|GW|GRGW|0x[0-9a-f]{1,8}");

  private final String owner;
  private final List<String> aces;
  private final boolean mediumLabel;

  private PipeSecurity(String owner, List<String> aces, boolean mediumLabel) {
    this.owner = owner;
    this.aces = List.copyOf(aces);
    this.mediumLabel = mediumLabel;
  }

  /** The product's descriptor (see the class description). */
  public static PipeSecurity productDefault() {
    return builder()
        .deny("NU", FULL_CONTROL)
        .allow("SY", FULL_CONTROL)
        .allow("BA", FULL_CONTROL)
        .allow("IU", READ_WRITE_DATA)
        .build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The SDDL text, e.g. {@code O:BAG:BAD:P(D;;GA;;;NU)(A;;GA;;;SY)…S:(ML;;NW;;;ME)}. */
  public String sddl() {
    StringBuilder text = new StringBuilder();
    if (owner != null) {
      text.append("O:").append(owner).append("G:").append(owner);
    }
    text.append("D:P");
    aces.forEach(text::append);
    if (mediumLabel) {
      text.append("S:(ML;;NW;;;ME)");
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return sddl();
  }

  /** Assembles a descriptor; every SID and right is validated so config cannot inject SDDL. */
  public static final class Builder {
    private String owner = "BA";
    private final List<String> denies = new ArrayList<>();
    private final List<String> allows = new ArrayList<>();
    private boolean mediumLabel = true;

    private Builder() {}

    public Builder owner(String sid) {
      this.owner = checkSid(sid);
      return this;
    }

    /** Leaves owner and group to the creator's token (an unelevated creator cannot name BA). */
    public Builder defaultOwner() {
      this.owner = null;
      return this;
    }

    /** Denies {@code rights} to {@code sid}; deny entries are placed before every allow. */
    public Builder deny(String sid, String rights) {
      denies.add("(D;;" + checkRights(rights) + ";;;" + checkSid(sid) + ")");
      return this;
    }

    public Builder allow(String sid, String rights) {
      allows.add("(A;;" + checkRights(rights) + ";;;" + checkSid(sid) + ")");
      return this;
    }

    /** Leaves out the integrity label (tests that create the pipe unelevated). */
    public Builder withoutIntegrityLabel() {
      this.mediumLabel = false;
      return this;
    }

    public PipeSecurity build() {
      List<String> aces = new ArrayList<>(denies);
      aces.addAll(allows);
      if (aces.isEmpty()) {
        throw new IllegalStateException("a descriptor without entries would deny everyone");
      }
      return new PipeSecurity(owner, aces, mediumLabel);
    }

    private static String checkSid(String sid) {
      String value = sid == null ? "" : sid.strip();
      if (SID_ALIAS.matcher(value).matches()
          || SID_STRING.matcher(value.toUpperCase(Locale.ROOT)).matches()) {
        return value.toUpperCase(Locale.ROOT);
      }
      throw new IllegalArgumentException("not a SID or SDDL alias: '" + sid + "'");
    }

    private static String checkRights(String rights) {
      if (rights != null && RIGHTS.matcher(rights).matches()) {
        return rights;
      }
      throw new IllegalArgumentException("not an SDDL rights string: '" + rights + "'");
    }
  }
}
