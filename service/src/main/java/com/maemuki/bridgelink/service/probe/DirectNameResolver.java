package com.maemuki.bridgelink.service.probe;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Asks one DNS server directly (dnsjava), bypassing the OS: at Tailscale's 100.100.100.100 this
 * tells "MagicDNS knows the name" apart from "this machine does not use MagicDNS". Queries A and
 * AAAA; the deadline covers both.
 */
public final class DirectNameResolver implements NameResolver {

  private final InetSocketAddress server;
  private final InetAddress source;

  public DirectNameResolver(InetSocketAddress server) {
    this(server, null);
  }

  /**
   * @param source the local address to send from (this machine's Tailscale IP for Tailscale's
   *     resolver, so the query takes the Tailscale interface), or null for the OS's choice
   */
  public DirectNameResolver(InetSocketAddress server, InetAddress source) {
    this.server = server;
    this.source = source;
  }

  @Override
  public DnsAnswer resolve(String name, Duration deadline) {
    Name query;
    try {
      query = Name.fromString(name.endsWith(".") ? name : name + ".");
    } catch (TextParseException e) {
      return new DnsAnswer(describe(), name, List.of(), "not a DNS name: " + e.getMessage());
    }
    long end = System.nanoTime() + deadline.toNanos();
    List<String> addresses = new ArrayList<>();
    String error = null;
    for (int type : new int[] {Type.A, Type.AAAA}) {
      Duration left = Duration.ofNanos(end - System.nanoTime());
      if (left.toMillis() < 1) {
        error = "no answer within " + deadline.toMillis() + " ms";
        break;
      }
      try {
        SimpleResolver resolver = new SimpleResolver(server);
        resolver.setIoClientFactory(BlockingDnsTransport.INSTANCE);
        if (source != null) {
          resolver.setLocalAddress(new InetSocketAddress(source, 0));
        }
        resolver.setTimeout(left);
        Message response =
            send(resolver, Message.newQuery(Record.newRecord(query, type, DClass.IN)), left);
        int rcode = response.getRcode();
        if (rcode == Rcode.NXDOMAIN) {
          error = "name not found (NXDOMAIN)";
          break;
        }
        if (rcode != Rcode.NOERROR) {
          error = "server answered " + Rcode.string(rcode);
          continue;
        }
        for (Record r : response.getSection(Section.ANSWER)) {
          if (r instanceof ARecord a) {
            addresses.add(a.getAddress().getHostAddress());
          } else if (r instanceof AAAARecord aaaa) {
            addresses.add(aaaa.getAddress().getHostAddress());
          }
        }
      } catch (IOException e) {
        String message = String.valueOf(e.getMessage());
        error =
            message.toLowerCase(java.util.Locale.ROOT).contains("timed out")
                ? "no answer within " + deadline.toMillis() + " ms"
                : message;
        break;
      }
    }
    if (error == null && addresses.isEmpty()) {
      error = "no address records";
    }
    return new DnsAnswer(describe(), name, addresses, addresses.isEmpty() ? error : null);
  }

  /**
   * The exchange runs on this thread ({@link BlockingDnsTransport}, bounded by the resolver's
   * timeout), so dnsjava's completion stages run here too: no selector thread, no completion pool.
   */
  private static Message send(SimpleResolver resolver, Message query, Duration left)
      throws IOException {
    try {
      return resolver
          .sendAsync(query, Runnable::run)
          .toCompletableFuture()
          .get(left.toMillis() + 250, TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw cause instanceof IOException io ? io : new IOException(String.valueOf(cause), cause);
    } catch (TimeoutException e) {
      throw new IOException("timed out", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  @Override
  public String describe() {
    return server.getAddress().getHostAddress() + ":" + server.getPort();
  }
}
