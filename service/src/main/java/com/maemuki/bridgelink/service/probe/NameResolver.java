package com.maemuki.bridgelink.service.probe;

import java.time.Duration;

/** Resolves a host name to addresses within a deadline. Never throws. */
public interface NameResolver {

  DnsAnswer resolve(String name, Duration deadline);

  /** For messages and the answer's {@code resolver} field. */
  String describe();
}
