package com.maemuki.bridgelink.tailscale.localapi.windows;

import com.maemuki.bridgelink.tailscale.localapi.AccessDeniedException;
import com.maemuki.bridgelink.tailscale.localapi.DaemonUnavailableException;
import com.maemuki.bridgelink.tailscale.localapi.Deadline;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiChannel;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiDialer;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiException;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiTimeoutException;
import com.maemuki.bridgelink.tailscale.localapi.PolledPipeChannel;
import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.WinBase;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.platform.win32.WinNT.HANDLE;

/**
 * Opens tailscaled's named pipe ({@code \\.\pipe\ProtectedPrefix\Administrators\Tailscale\
 * tailscaled}) read/write. A busy pipe (every instance taken) is waited for until the deadline.
 */
public final class NamedPipeDialer implements LocalApiDialer {

  private static final long MAX_WAIT_SLICE_MILLIS = 1000;

  private final String pipeName;

  public NamedPipeDialer(String pipeName) {
    this.pipeName = pipeName;
  }

  @Override
  public String describe() {
    return "named pipe " + pipeName;
  }

  @Override
  public LocalApiChannel dial(Deadline deadline) throws LocalApiException {
    while (true) {
      // No SECURITY_SQOS_PRESENT flag: the default Impersonation level lets tailscaled identify us.
      HANDLE handle =
          Kernel32.INSTANCE.CreateFile(
              pipeName,
              WinNT.GENERIC_READ | WinNT.GENERIC_WRITE,
              0,
              null,
              WinNT.OPEN_EXISTING,
              0,
              null);
      if (!WinBase.INVALID_HANDLE_VALUE.equals(handle)) {
        return new PolledPipeChannel(new Kernel32PipeHandle(handle));
      }
      int error = Kernel32.INSTANCE.GetLastError();
      if (error != WinError.ERROR_PIPE_BUSY) {
        throw classify(error, pipeName);
      }
      long left = deadline.remaining().toMillis();
      if (left <= 0) {
        throw new LocalApiTimeoutException(
            "tailscaled's pipe stayed busy for " + deadline.budget(), deadline.budget());
      }
      Kernel32.INSTANCE.WaitNamedPipe(pipeName, (int) Math.min(left, MAX_WAIT_SLICE_MILLIS));
    }
  }

  /** What a failed {@code CreateFile} on the pipe means, in words a person can act on. */
  static LocalApiException classify(int error, String pipeName) {
    if (error == WinError.ERROR_ACCESS_DENIED) {
      return new AccessDeniedException(
          0,
          "access denied (Windows error 5)",
          "Windows refused to open tailscaled's pipe " + pipeName + " (access denied)");
    }
    String what =
        error == WinError.ERROR_FILE_NOT_FOUND
            ? "its pipe " + pipeName + " does not exist"
            : "its pipe " + pipeName + " could not be opened (Windows error " + error + ")";
    return new DaemonUnavailableException(
        pipeName,
        "the Tailscale service is not running: "
            + what
            + "; start the 'Tailscale' service (services.msc, or 'net start Tailscale')",
        null);
  }
}
