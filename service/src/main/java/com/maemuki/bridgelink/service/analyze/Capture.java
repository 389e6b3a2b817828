package com.maemuki.bridgelink.service.analyze;

import com.maemuki.bridgelink.tailscale.model.BusSnapshot;
import com.maemuki.bridgelink.tailscale.model.NetcheckReport;
import com.maemuki.bridgelink.tailscale.model.PingAttempt;
import com.maemuki.bridgelink.tailscale.model.PingTranscript;
import com.maemuki.bridgelink.tailscale.model.Prefs;
import com.maemuki.bridgelink.tailscale.model.Status;
import com.maemuki.bridgelink.tailscale.model.StatusText;
import java.util.List;

/** What one input said, by kind. */
public sealed interface Capture {

  InputKind kind();

  /** A status dump. */
  record StatusJson(Status status) implements Capture {
    @Override
    public InputKind kind() {
      return InputKind.STATUS_JSON;
    }
  }

  /** {@code tailscale status} text. */
  record StatusTextCapture(StatusText text) implements Capture {
    @Override
    public InputKind kind() {
      return InputKind.STATUS_TEXT;
    }
  }

  /** A prefs dump. */
  record PrefsJson(Prefs prefs) implements Capture {
    @Override
    public InputKind kind() {
      return InputKind.PREFS_JSON;
    }
  }

  /** LocalAPI ping results. */
  record PingJson(List<PingAttempt> attempts) implements Capture {
    public PingJson {
      attempts = List.copyOf(attempts);
    }

    @Override
    public InputKind kind() {
      return InputKind.PING_JSON;
    }
  }

  /** A {@code tailscale ping} transcript. */
  record PingText(PingTranscript transcript) implements Capture {
    @Override
    public InputKind kind() {
      return InputKind.PING_TRANSCRIPT;
    }
  }

  /** A netcheck report, text or JSON. */
  record Netcheck(NetcheckReport report, boolean json) implements Capture {
    @Override
    public InputKind kind() {
      return json ? InputKind.NETCHECK_JSON : InputKind.NETCHECK_TEXT;
    }
  }

  /** An IPN bus stream, folded; {@code prefs} is the last Prefs it carried, or null. */
  record Bus(BusSnapshot snapshot, Prefs prefs) implements Capture {
    @Override
    public InputKind kind() {
      return InputKind.BUS_NDJSON;
    }
  }

  /**
   * One of the product's own files, as far as it goes: the bundle's manifest (when, versions,
   * missing parts), the monitor's snapshot or findings (what the user saw), or the redacted
   * configuration (the peers it watches). They are read into one {@link BundleView} and merged.
   */
  record BundlePart(InputKind kind, BundleView view) implements Capture {
    public BundlePart {
      if (kind != InputKind.BUNDLE_MANIFEST
          && kind != InputKind.BRIDGE_LINK_SNAPSHOT
          && kind != InputKind.BRIDGE_LINK_CONFIG) {
        throw new IllegalArgumentException("not a part of the product's bundle: " + kind);
      }
    }
  }
}
