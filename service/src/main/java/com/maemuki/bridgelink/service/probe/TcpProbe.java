package com.maemuki.bridgelink.service.probe;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * Connects to an address and port within a deadline and says how it went. Used for a peer's
 * application ports and, pointed at this machine's own Tailscale IP, for "is the application
 * listening on the tailnet" (an inbound check without needing the peer).
 */
public final class TcpProbe {

  private final Clock clock;

  public TcpProbe(Clock clock) {
    this.clock = clock;
  }

  public TcpProbe() {
    this(Clock.systemUTC());
  }

  public TcpProbeResult probe(InetAddress address, int port, Duration deadline) {
    long start = System.nanoTime();
    TcpOutcome outcome;
    String error = null;
    int timeoutMs = (int) Math.max(1, Math.min(Integer.MAX_VALUE, deadline.toMillis()));
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address, port), timeoutMs);
      outcome = TcpOutcome.OK;
    } catch (SocketTimeoutException e) {
      outcome = TcpOutcome.TIMEOUT;
      error = "no answer within " + timeoutMs + " ms";
    } catch (NoRouteToHostException e) {
      outcome = TcpOutcome.UNREACHABLE;
      error = "no route to host";
    } catch (ConnectException e) {
      String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
      if (message.contains("refused")) {
        outcome = TcpOutcome.REFUSED;
        error = "connection refused";
      } else if (message.contains("unreachable") || message.contains("no route")) {
        outcome = TcpOutcome.UNREACHABLE;
        error = e.getMessage();
      } else if (message.contains("timed out")) {
        outcome = TcpOutcome.TIMEOUT;
        error = "no answer within " + timeoutMs + " ms";
      } else {
        outcome = TcpOutcome.ERROR;
        error = e.getMessage();
      }
    } catch (SocketException e) {
      boolean noRoute =
          String.valueOf(e.getMessage())
              .toLowerCase(Locale.ROOT)
              .contains("network is unreachable");
      outcome = noRoute ? TcpOutcome.NO_LOCAL_ROUTE : TcpOutcome.ERROR;
      error =
          noRoute
              ? "this machine has no route to it (Network is unreachable)"
              : e.getClass().getSimpleName() + ": " + e.getMessage();
    } catch (IOException | RuntimeException e) {
      outcome = TcpOutcome.ERROR;
      error = e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    double latencyMs = (System.nanoTime() - start) / 1e6;
    return new TcpProbeResult(
        address.getHostAddress(), port, outcome, latencyMs, error, clock.instant());
  }
}
