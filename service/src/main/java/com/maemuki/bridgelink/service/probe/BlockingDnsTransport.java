package com.maemuki.bridgelink.service.probe;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import org.xbill.DNS.Message;
import org.xbill.DNS.io.IoClientFactory;
import org.xbill.DNS.io.TcpIoClient;
import org.xbill.DNS.io.UdpIoClient;

/**
 * dnsjava's transport plug-in ({@link IoClientFactory}) doing each exchange with plain blocking
 * sockets on the calling thread. dnsjava's default transport runs a selector thread that, once
 * started, wakes every second for good; in a monitor that asks a handful of names every 30 s those
 * wake-ups were about 7 % of its idle CPU. dnsjava still builds, parses and checks every message
 * (and retries over TCP when a UDP answer is truncated); this class only moves the bytes.
 *
 * <p>UDP: a connected socket, so datagrams from other addresses are never seen; an answer whose ID
 * differs from the query's (a late answer to an earlier query) is skipped until the deadline.
 */
public final class BlockingDnsTransport implements IoClientFactory, UdpIoClient, TcpIoClient {

  public static final BlockingDnsTransport INSTANCE = new BlockingDnsTransport();

  private BlockingDnsTransport() {}

  @Override
  public TcpIoClient createOrGetTcpClient() {
    return this;
  }

  @Override
  public UdpIoClient createOrGetUdpClient() {
    return this;
  }

  @Override
  public CompletableFuture<byte[]> sendAndReceiveUdp(
      InetSocketAddress local,
      InetSocketAddress remote,
      Message query,
      byte[] data,
      int max,
      Duration timeout) {
    long end = System.nanoTime() + timeout.toNanos();
    try (DatagramSocket socket = local == null ? new DatagramSocket() : new DatagramSocket(local)) {
      socket.connect(remote);
      socket.send(new DatagramPacket(data, data.length));
      byte[] buffer = new byte[Math.max(512, max)];
      while (true) {
        socket.setSoTimeout(millisLeft(end, timeout));
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        socket.receive(packet);
        if (packet.getLength() >= 2 && buffer[0] == data[0] && buffer[1] == data[1]) {
          return CompletableFuture.completedFuture(Arrays.copyOf(buffer, packet.getLength()));
        }
      }
    } catch (PortUnreachableException e) {
      return CompletableFuture.failedFuture(
          new PortUnreachableException("nothing answers DNS at " + describe(remote)));
    } catch (IOException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  @Override
  public CompletableFuture<byte[]> sendAndReceiveTcp(
      InetSocketAddress local,
      InetSocketAddress remote,
      Message query,
      byte[] data,
      Duration timeout) {
    long end = System.nanoTime() + timeout.toNanos();
    try (Socket socket = new Socket()) {
      if (local != null) {
        socket.bind(local);
      }
      socket.connect(remote, millisLeft(end, timeout));
      socket.setSoTimeout(millisLeft(end, timeout));
      DataOutputStream out = new DataOutputStream(socket.getOutputStream());
      out.writeShort(data.length); // RFC 1035 §4.2.2: a two-byte length, then the message
      out.write(data);
      out.flush();
      DataInputStream in = new DataInputStream(socket.getInputStream());
      byte[] answer = new byte[in.readUnsignedShort()];
      socket.setSoTimeout(millisLeft(end, timeout));
      in.readFully(answer);
      return CompletableFuture.completedFuture(answer);
    } catch (IOException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** What is left of the deadline, for a socket timeout (never 0, which would mean "forever"). */
  private static int millisLeft(long endNanos, Duration timeout) throws SocketTimeoutException {
    long left = (endNanos - System.nanoTime()) / 1_000_000;
    if (left <= 0) {
      throw new SocketTimeoutException("timed out after " + timeout.toMillis() + " ms");
    }
    return (int) Math.min(Integer.MAX_VALUE, left);
  }

  private static String describe(InetSocketAddress remote) {
    return remote.getAddress().getHostAddress() + ":" + remote.getPort();
  }
}
