package com.maemuki.bridgelink.tray.windows;

import com.sun.jna.WString;
import com.sun.jna.platform.win32.Ole32;
import com.sun.jna.platform.win32.Shell32;
import com.sun.jna.platform.win32.WinNT.HRESULT;
import com.sun.jna.ptr.PointerByReference;
import java.util.Locale;
import java.util.Optional;

/**
 * The tray's explicit AppUserModelID. Windows files a process's notifications under its
 * AppUserModelID; a JVM without one is "Java(TM) Platform SE binary". With this id set at start,
 * and the same id on the MSI's Start-menu shortcut ({@code System.AppUserModel.ID}, checked against
 * {@link #ID} by {@code scripts/check-msi}), toasts carry the product's name and icon.
 */
public final class AppUserModelId {

  /** The id, one constant: the MSI build reads it from here for the shortcut. */
  public static final String ID = "Maemuki.BridgeLink.Tray";

  /** The native calls, a seam so that the decision logic is tested on any OS. */
  interface Shell {
    /** {@code SetCurrentProcessExplicitAppUserModelID}: its HRESULT. */
    int set(String id);

    /** {@code GetCurrentProcessExplicitAppUserModelID}: the id, or empty when it fails. */
    Optional<String> get();
  }

  private AppUserModelId() {}

  /**
   * Sets {@link #ID} on this process when {@code osName} is Windows, before any window or tray icon
   * exists (Windows reads it when the first one is created). Never throws: a tray without the id
   * still works, its toasts are only filed under Java's name.
   *
   * @return what happened, one line for the tray's log
   */
  public static String applyTo(String osName) {
    if (!isWindows(osName)) {
      return "AppUserModelID not set (not Windows: " + osName + ")";
    }
    return apply(new Shell32Shell());
  }

  static boolean isWindows(String osName) {
    return osName != null && osName.toLowerCase(Locale.ROOT).startsWith("windows");
  }

  static String apply(Shell shell) {
    try {
      int hr = shell.set(ID);
      if (hr != 0) {
        return String.format(
            "AppUserModelID %s not set: SetCurrentProcessExplicitAppUserModelID returned 0x%08X",
            ID, hr);
      }
      Optional<String> back = shell.get();
      if (back.isPresent() && back.get().equals(ID)) {
        return "AppUserModelID " + ID + " set";
      }
      return "AppUserModelID "
          + ID
          + " set, but GetCurrentProcessExplicitAppUserModelID answers "
          + back.map(v -> "'" + v + "'").orElse("nothing");
    } catch (LinkageError | RuntimeException e) {
      // No shell32 entry point (an old or partial Windows), or JNA itself cannot load.
      return "AppUserModelID " + ID + " not set: " + e;
    }
  }

  /** shell32 through JNA; the id read back is freed with CoTaskMemFree as the API requires. */
  private static final class Shell32Shell implements Shell {
    @Override
    public int set(String id) {
      HRESULT hr = Shell32.INSTANCE.SetCurrentProcessExplicitAppUserModelID(new WString(id));
      return hr.intValue();
    }

    @Override
    public Optional<String> get() {
      PointerByReference out = new PointerByReference();
      HRESULT hr = Shell32.INSTANCE.GetCurrentProcessExplicitAppUserModelID(out);
      if (hr.intValue() != 0 || out.getValue() == null) {
        return Optional.empty();
      }
      try {
        return Optional.of(out.getValue().getWideString(0));
      } finally {
        Ole32.INSTANCE.CoTaskMemFree(out.getValue());
      }
    }
  }
}
