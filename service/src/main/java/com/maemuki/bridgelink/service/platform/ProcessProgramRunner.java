package com.maemuki.bridgelink.service.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@link ProgramRunner} on {@link ProcessBuilder}. Refuses relative program paths (a SYSTEM service
 * must never search PATH), closes stdin, reads both streams concurrently with a size cap, and on
 * timeout kills the descendants first, then the process.
 */
public final class ProcessProgramRunner implements ProgramRunner {

  /** Output beyond this many bytes per stream is dropped (a runaway program cannot fill memory). */
  static final int MAX_OUTPUT_BYTES = 4 * 1024 * 1024;

  @Override
  public ProgramResult run(List<String> command, Duration deadline) throws IOException {
    if (command.isEmpty() || !Path.of(command.get(0)).isAbsolute()) {
      throw new IOException("refusing to run a program without an absolute path: " + command);
    }
    Process process =
        new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE).start();
    process.getOutputStream().close();
    CompletableFuture<byte[]> out = drain(process.getInputStream());
    CompletableFuture<byte[]> err = drain(process.getErrorStream());
    boolean finished;
    try {
      finished = process.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      finished = false;
    }
    if (!finished) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      try {
        process.waitFor(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return new ProgramResult(finished ? process.exitValue() : -1, text(out), text(err), !finished);
  }

  private static CompletableFuture<byte[]> drain(InputStream in) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (in) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            byte[] chunk = new byte[8192];
            int n;
            while ((n = in.read(chunk)) >= 0) {
              if (buffer.size() < MAX_OUTPUT_BYTES) {
                buffer.write(chunk, 0, Math.min(n, MAX_OUTPUT_BYTES - buffer.size()));
              }
            }
            return buffer.toByteArray();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static String text(CompletableFuture<byte[]> bytes) {
    try {
      return new String(bytes.get(5, TimeUnit.SECONDS), StandardCharsets.UTF_8);
    } catch (Exception e) {
      return "";
    }
  }
}
