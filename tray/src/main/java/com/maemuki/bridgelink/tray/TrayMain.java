package com.maemuki.bridgelink.tray;

/** Entry point of the per-user tray agent. */
public final class TrayMain {
  private TrayMain() {}

  /** Starts the tray agent. */
  public static void main(String[] args) {
    System.out.println("bridge-link tray: not yet implemented");
  }
}
