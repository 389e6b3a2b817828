package com.maemuki.bridgelink.tray.windows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AppUserModelIdTest {

  /** Records the ids set; answers with the given HRESULT and read-back. */
  private static final class FakeShell implements AppUserModelId.Shell {
    final List<String> set = new ArrayList<>();
    final int hr;
    final Optional<String> back;

    FakeShell(int hr, Optional<String> back) {
      this.hr = hr;
      this.back = back;
    }

    @Override
    public int set(String id) {
      set.add(id);
      return hr;
    }

    @Override
    public Optional<String> get() {
      return back;
    }
  }

  @Test
  void theIdIsTheProductsTrayId() {
    assertThat(AppUserModelId.ID).isEqualTo("Maemuki.BridgeLink.Tray");
  }

  @Test
  void notWindowsSetsNothingAndSaysSo() {
    assertThat(AppUserModelId.applyTo("Linux"))
        .isEqualTo("AppUserModelID not set (not Windows: Linux)");
    assertThat(AppUserModelId.isWindows("Windows 11")).isTrue();
    assertThat(AppUserModelId.isWindows("Mac OS X")).isFalse();
    assertThat(AppUserModelId.isWindows(null)).isFalse();
  }

  @Test
  void setsTheIdAndConfirmsItByReadingItBack() {
    FakeShell shell = new FakeShell(0, Optional.of("Maemuki.BridgeLink.Tray"));
    assertThat(AppUserModelId.apply(shell)).isEqualTo("AppUserModelID Maemuki.BridgeLink.Tray set");
    assertThat(shell.set).containsExactly("Maemuki.BridgeLink.Tray");
  }

  @Test
  void aFailingHresultIsReportedNotThrown() {
    FakeShell shell = new FakeShell(0x80070057, Optional.empty());
    assertThat(AppUserModelId.apply(shell))
        .isEqualTo(
            "AppUserModelID Maemuki.BridgeLink.Tray not set:"
                + " SetCurrentProcessExplicitAppUserModelID returned 0x80070057");
  }

  @Test
  void aDifferentReadBackIsReported() {
    assertThat(AppUserModelId.apply(new FakeShell(0, Optional.empty())))
        .isEqualTo(
            "AppUserModelID Maemuki.BridgeLink.Tray set, but"
                + " GetCurrentProcessExplicitAppUserModelID answers nothing");
  }

  @Test
  void aMissingEntryPointIsReportedNotThrown() {
    AppUserModelId.Shell missing =
        new AppUserModelId.Shell() {
          @Override
          public int set(String id) {
            throw new UnsatisfiedLinkError(
                "Error looking up function 'SetCurrentProcessExplicitAppUserModelID'");
          }

          @Override
          public Optional<String> get() {
            return Optional.empty();
          }
        };
    assertThat(AppUserModelId.apply(missing))
        .startsWith(
            "AppUserModelID Maemuki.BridgeLink.Tray not set: java.lang.UnsatisfiedLinkError");
  }
}
