package com.maemuki.bridgelink.testkit.dns;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * Answers A and AAAA queries over UDP from a table that tests change while it runs. Unknown names
 * get NXDOMAIN; {@link #setSilent(boolean)} makes it drop queries (a resolver that does not
 * answer). Binds to a loopback address only.
 */
public final class LoopbackDnsServer implements AutoCloseable {

  private final DatagramSocket socket;
  private final Map<String, List<InetAddress>> records = new ConcurrentHashMap<>();
  private final Thread thread;
  private volatile boolean silent;

  /** Starts on {@code address} (a loopback address) and an ephemeral port. */
  public LoopbackDnsServer(InetAddress address) throws SocketException {
    if (!address.isLoopbackAddress()) {
      throw new IllegalArgumentException("loopback only: " + address);
    }
    socket = new DatagramSocket(new InetSocketAddress(address, 0));
    thread = new Thread(this::serve, "loopback-dns");
    thread.setDaemon(true);
    thread.start();
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
        if (silent) {
          continue;
        }
        byte[] reply = answer(java.util.Arrays.copyOf(packet.getData(), packet.getLength()));
        if (reply != null) {
          socket.send(new DatagramPacket(reply, reply.length, packet.getSocketAddress()));
        }
      } catch (IOException e) {
        if (socket.isClosed()) {
          return;
        }
      }
    }
  }

  private byte[] answer(byte[] query) {
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

  @Override
  public void close() {
    socket.close();
    try {
      thread.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
