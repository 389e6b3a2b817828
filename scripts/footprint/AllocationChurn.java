import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A stand-in for a busy monitor, for scripts/bench-footprint: allocates short-lived garbage at a
 * steady rate (about 40 MB/s, like parsing status JSON over and over) while keeping a small live
 * set, then idles. Prints "running" once it has started.
 */
public final class AllocationChurn {
  public static void main(String[] args) throws InterruptedException {
    long churnMillis = Long.parseLong(args[0]) * 1000;
    Deque<byte[]> liveSet = new ArrayDeque<>();
    System.out.println("running");
    long end = System.currentTimeMillis() + churnMillis;
    long sink = 0;
    while (System.currentTimeMillis() < end) {
      for (int i = 0; i < 400; i++) {
        byte[] chunk = new byte[1024 + (i % 64) * 16];
        chunk[i % chunk.length] = (byte) i;
        sink += chunk.length;
        liveSet.addLast(chunk);
        if (liveSet.size() > 2000) {
          liveSet.removeFirst();
        }
      }
      Thread.sleep(10);
    }
    System.out.println("idle " + (sink > 0));
    Thread.sleep(Long.MAX_VALUE);
  }
}
