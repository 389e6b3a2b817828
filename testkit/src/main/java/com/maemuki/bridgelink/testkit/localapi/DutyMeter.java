package com.maemuki.bridgelink.testkit.localapi;

import java.util.Map;
import java.util.TreeMap;

/**
 * The simulator's LocalAPI duty cycle: the share of wall time with at least one request in flight
 * (from its head being read until its response is finished or the client gave up), and requests per
 * endpoint. On Windows that share of a SYSTEM client's time is the share of time the signed-in
 * user's own requests can be refused ({@code ipn/ipnserver/server.go checkConnIdentityLocked}).
 */
public final class DutyMeter {

  /** What was measured since the last {@link #reset()}. */
  public record Reading(long wallNanos, long busyNanos, Map<String, Integer> requests) {

    /** Busy share of wall time, 0..1. */
    public double dutyCycle() {
      return wallNanos <= 0 ? 0 : (double) busyNanos / wallNanos;
    }
  }

  private long since = System.nanoTime();
  private long busy;
  private long busySince;
  private int inFlight;
  private Map<String, Integer> requests = new TreeMap<>();

  synchronized void begin(String endpoint) {
    if (inFlight++ == 0) {
      busySince = System.nanoTime();
    }
    requests.merge(endpoint, 1, Integer::sum);
  }

  synchronized void end() {
    if (--inFlight == 0) {
      busy += System.nanoTime() - Math.max(busySince, since);
    }
  }

  /** Starts a new measurement window (requests in flight now count from now). */
  public synchronized void reset() {
    since = System.nanoTime();
    busy = 0;
    requests = new TreeMap<>();
  }

  public synchronized Reading reading() {
    long now = System.nanoTime();
    long total = busy + (inFlight > 0 ? now - Math.max(busySince, since) : 0);
    return new Reading(now - since, total, Map.copyOf(requests));
  }

  /** Requests in flight right now. */
  public synchronized int inFlight() {
    return inFlight;
  }
}
