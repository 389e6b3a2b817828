package com.maemuki.bridgelink.service.config;

/**
 * One thing wrong with the configuration, naming the field (a JSON path such as {@code
 * peers[1].ports[0]}, or {@code policy:PeerPorts}) and the problem in plain words. The kind decides
 * the remedy and whether the file is still used: an {@link Kind#UNKNOWN_KEY} is only a warning.
 */
public record ConfigProblem(String field, String problem, Kind kind) {

  /** What sort of problem, for the remedy a person is given. */
  public enum Kind {
    /** The named file does not exist. */
    MISSING,
    /** The file exists but cannot be read (permission denied, a directory, an I/O error). */
    UNREADABLE,
    /** The file is not valid JSON, or a field has a wrong value. */
    INVALID,
    /** A key this version does not know: ignored, every known key still applies. */
    UNKNOWN_KEY
  }

  /** A wrong value (the usual kind). */
  public ConfigProblem(String field, String problem) {
    this(field, problem, Kind.INVALID);
  }

  /** False for a warning that leaves the rest of the file in use. */
  public boolean refusesFile() {
    return kind != Kind.UNKNOWN_KEY;
  }

  @Override
  public String toString() {
    return field + ": " + problem;
  }
}
