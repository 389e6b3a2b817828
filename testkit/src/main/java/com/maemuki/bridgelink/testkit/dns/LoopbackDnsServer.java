package com.maemuki.bridgelink.testkit.dns;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/**
 * Answers A and AAAA queries over UDP and TCP (same address and port) from a table that tests
 * change while it runs. Unknown names get NXDOMAIN; {@link #setSilent(boolean)} makes it drop
 * queries (a resolver that does not answer); {@link #setTruncateUdp(boolean)} answers UDP with the
 * TC bit and no records (the client must retry over TCP); {@link #setStrayAnswerFirst(boolean)}
 * sends an answer with the wrong ID before the right one (a late answer to an earlier query). Binds
 * to a loopback address only.
 */
public final class LoopbackDnsServer implements AutoCloseable {

  private final DatagramSocket socket;
  private final Map<String, List<InetAddress>> records = new ConcurrentHashMap<>();
  private final Thread thread;
  private final ServerSocket tcp;
  private final Thread tcpThread;
  private final AtomicInteger udpQueries = new AtomicInteger();
  private final AtomicInteger tcpQueries = new AtomicInteger();
  private volatile InetAddress lastUdpClient;
  private volatile boolean silent;
  private volatile boolean truncateUdp;
  private volatile boolean strayAnswerFirst;

  /** Starts on {@code address} (a loopback address) and an ephemeral port. */
  public LoopbackDnsServer(InetAddress address) throws SocketException {
    if (!address.isLoopbackAddress()) {
      throw new IllegalArgumentException("loopback only: " + address);
    }
    // UDP on an ephemeral port, then TCP on the same number; retried in the rare case that the
    // number is taken for TCP.
    DatagramSocket udp = null;
    ServerSocket stream = null;
    for (int attempt = 0; stream == null; attempt++) {
      udp = new DatagramSocket(new InetSocketAddress(address, 0));
      ServerSocket candidate = null;
      try {
        candidate = new ServerSocket();
        candidate.bind(new InetSocketAddress(address, udp.getLocalPort()));
        stream = candidate;
      } catch (IOException e) {
        udp.close();
        closeQuietly(candidate);
        if (attempt >= 9) {
          throw new SocketException("no port free for both UDP and TCP: " + e.getMessage());
        }
      }
    }
    socket = udp;
    tcp = stream;
    thread = new Thread(this::serve, "loopback-dns");
    thread.setDaemon(true);
    thread.start();
    tcpThread = new Thread(this::serveTcp, "loopback-dns-tcp");
    tcpThread.setDaemon(true);
    tcpThread.start();
  }

  public InetSocketAddress address() {
    return (InetSocketAddress) socket.getLocalSocketAddress();
  }

  /** {@code host:port}, the form the monitor's config takes. */
  public String addressText() {
    return address().getAddress().getHostAddress() + ":" + address().getPort();
  }

  /** Sets the addresses {@code name} resolves to (an empty list removes it). */
  public void put(String name, List<InetAddress> addresses) {
    String key = key(name);
    if (addresses.isEmpty()) {
      records.remove(key);
    } else {
      records.put(key, List.copyOf(addresses));
    }
  }

  public void remove(String name) {
    records.remove(key(name));
  }

  public void setSilent(boolean silent) {
    this.silent = silent;
  }

  public void setTruncateUdp(boolean truncate) {
    this.truncateUdp = truncate;
  }

  public void setStrayAnswerFirst(boolean stray) {
    this.strayAnswerFirst = stray;
  }

  /** Queries received over UDP so far (answered or not). */
  public int udpQueries() {
    return udpQueries.get();
  }

  /** The source address of the last UDP query, or null before the first. */
  public InetAddress lastUdpClient() {
    return lastUdpClient;
  }

  /** Queries received over TCP so far. */
  public int tcpQueries() {
    return tcpQueries.get();
  }

  private static String key(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".") ? n : n + ".";
  }

  private void serve() {
    byte[] buffer = new byte[1500];
    while (!socket.isClosed()) {
      DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
      try {
        socket.receive(packet);
        lastUdpClient = packet.getAddress();
        udpQueries.incrementAndGet();
        if (silent) {
          continue;
        }
        byte[] reply =
            answer(java.util.Arrays.copyOf(packet.getData(), packet.getLength()), truncateUdp);
        if (reply == null) {
          continue;
        }
        if (strayAnswerFirst) {
          byte[] stray = reply.clone();
          stray[1] ^= 0x5a; // another query's ID
          socket.send(new DatagramPacket(stray, stray.length, packet.getSocketAddress()));
        }
        socket.send(new DatagramPacket(reply, reply.length, packet.getSocketAddress()));
      } catch (IOException e) {
        if (socket.isClosed()) {
          return;
        }
      }
    }
  }

  /** One length-prefixed query per connection (RFC 1035 §4.2.2), answered in full. */
  private void serveTcp() {
    while (!tcp.isClosed()) {
      try (Socket client = tcp.accept()) {
        client.setSoTimeout(2000);
        DataInputStream in = new DataInputStream(client.getInputStream());
        byte[] query = new byte[in.readUnsignedShort()];
        in.readFully(query);
        tcpQueries.incrementAndGet();
        if (silent) {
          continue;
        }
        byte[] reply = answer(query, false);
        if (reply != null) {
          DataOutputStream out = new DataOutputStream(client.getOutputStream());
          out.writeShort(reply.length);
          out.write(reply);
          out.flush();
        }
      } catch (IOException e) {
        if (tcp.isClosed()) {
          return;
        }
      }
    }
  }

  private byte[] answer(byte[] query, boolean truncate) {
    Message request;
    try {
      request = new Message(query);
    } catch (IOException e) {
      return null;
    }
    Record question = request.getQuestion();
    if (question == null) {
      return null;
    }
    Message response = new Message(request.getHeader().getID());
    response.getHeader().setFlag(Flags.QR);
    response.getHeader().setFlag(Flags.AA);
    if (request.getHeader().getFlag(Flags.RD)) {
      response.getHeader().setFlag(Flags.RD);
      response.getHeader().setFlag(Flags.RA);
    }
    response.addRecord(question, Section.QUESTION);
    if (truncate) {
      response.getHeader().setFlag(Flags.TC);
      return response.toWire();
    }
    Name name = question.getName();
    List<InetAddress> addresses = records.get(key(name.toString()));
    if (addresses == null) {
      response.getHeader().setRcode(Rcode.NXDOMAIN);
      return response.toWire();
    }
    for (InetAddress a : addresses) {
      byte[] raw = a.getAddress();
      if (question.getType() == Type.A && raw.length == 4) {
        response.addRecord(new ARecord(name, DClass.IN, 5, a), Section.ANSWER);
      } else if (question.getType() == Type.AAAA && raw.length == 16) {
        response.addRecord(new AAAARecord(name, DClass.IN, 5, a), Section.ANSWER);
      }
    }
    return response.toWire();
  }

  private static void closeQuietly(ServerSocket candidate) {
    if (candidate != null) {
      try {
        candidate.close();
      } catch (IOException ignored) {
        // nothing bound
      }
    }
  }

  @Override
  public void close() {
    socket.close();
    try {
      tcp.close();
    } catch (IOException ignored) {
      // closing anyway
    }
    try {
      thread.join(1000);
      tcpThread.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
