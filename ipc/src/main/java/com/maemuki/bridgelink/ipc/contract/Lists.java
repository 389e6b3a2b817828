package com.maemuki.bridgelink.ipc.contract;

import java.util.List;
import java.util.Objects;

/** The lists of the records: never null, unmodifiable, without the elements that read as null. */
final class Lists {
  private Lists() {}

  static <T> List<T> present(List<T> list) {
    return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
  }
}
