package com.maemuki.bridgelink.service.probe;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The operating system's resolver (what applications on this machine see). {@link
 * InetAddress#getAllByName} has no timeout of its own, so the lookup runs on a daemon thread and
 * the caller stops waiting at the deadline; a stuck lookup costs a parked thread, not the loop.
 */
public final class OsNameResolver implements NameResolver {

  private final ExecutorService executor =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "os-resolver");
            t.setDaemon(true);
            return t;
          });

  @Override
  public DnsAnswer resolve(String name, Duration deadline) {
    Future<InetAddress[]> lookup = executor.submit(() -> InetAddress.getAllByName(name));
    try {
      InetAddress[] found = lookup.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
      List<String> addresses = Arrays.stream(found).map(InetAddress::getHostAddress).toList();
      return new DnsAnswer(describe(), name, addresses, null);
    } catch (TimeoutException e) {
      lookup.cancel(true);
      return new DnsAnswer(
          describe(), name, List.of(), "no answer within " + deadline.toMillis() + " ms");
    } catch (ExecutionException e) {
      String why =
          e.getCause() instanceof UnknownHostException
              ? "name not found"
              : String.valueOf(e.getCause().getMessage());
      return new DnsAnswer(describe(), name, List.of(), why);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new DnsAnswer(describe(), name, List.of(), "interrupted");
    }
  }

  @Override
  public String describe() {
    return "system";
  }
}
