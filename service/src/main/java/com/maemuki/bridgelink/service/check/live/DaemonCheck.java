package com.maemuki.bridgelink.service.check.live;

import com.maemuki.bridgelink.service.check.Check;
import com.maemuki.bridgelink.service.check.Observations;
import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.service.observation.DaemonReading;
import com.maemuki.bridgelink.service.platform.ServiceState;
import com.maemuki.bridgelink.tailscale.localapi.BadResponseException;
import com.maemuki.bridgelink.tailscale.localapi.DaemonUnavailableException;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiTimeoutException;
import java.util.List;

/**
 * {@code daemon-not-installed}, {@code daemon-stopped}, {@code daemon-unresponsive}: from the
 * service manager's state and how the LocalAPI failed. Nobody listening is "stopped" (or "not
 * installed" when the service manager does not know tailscaled); answering late or with garbage is
 * "unresponsive" — unless {@code /server-status} said the backend is not ready yet: then it is
 * {@code daemon-starting}, not hung. The status poll's failure counts as well as the daemon
 * source's own request, so a vanished daemon is seen at the status cadence.
 */
public final class DaemonCheck implements Check {

  @Override
  public String name() {
    return "daemon";
  }

  @Override
  public List<Finding> evaluate(Observations o) {
    if (o.live() == null) {
      return List.of();
    }
    return check(o.live().daemon(), o.live().statusFailure());
  }

  /**
   * @param daemon the daemon source's reading, or null before its first run
   * @param statusFailure the status poll's last failure, or null when it answered
   */
  public List<Finding> check(DaemonReading daemon, Throwable statusFailure) {
    Throwable failure = statusFailure;
    if (failure == null && daemon != null && !daemon.apiAnswers()) {
      failure = daemon.apiFailure();
    }
    if (failure == null) {
      return List.of();
    }
    ServiceState service =
        daemon == null ? ServiceState.unknown("not asked yet") : daemon.service();
    String address = daemon == null ? "the LocalAPI" : daemon.address();
    if (failure instanceof DaemonUnavailableException) {
      String detail = "Nothing answers at " + address + " (" + failure.getMessage() + ")";
      ServiceState.Kind kind = service.kind();
      if (kind == ServiceState.Kind.NOT_INSTALLED && daemon != null && daemon.customAddress()) {
        kind = ServiceState.Kind.UNKNOWN; // a person named the socket: installed somewhere
      }
      return switch (kind) {
        case NOT_INSTALLED ->
            List.of(
                Finding.of(
                    FindingCode.DAEMON_NOT_INSTALLED,
                    null,
                    "The service manager has no tailscaled (" + service.detail() + "). " + detail));
        case RUNNING ->
            List.of(
                Finding.of(
                    FindingCode.DAEMON_UNRESPONSIVE,
                    null,
                    "The service manager says it is running ("
                        + service.detail()
                        + "), but "
                        + lower(detail)));
        case UNKNOWN -> List.of(Finding.of(FindingCode.DAEMON_STOPPED, null, detail));
        default ->
            List.of(
                Finding.of(
                    FindingCode.DAEMON_STOPPED,
                    null,
                    detail + "; service state: " + service.detail()));
      };
    }
    if (failure instanceof LocalApiTimeoutException || failure instanceof BadResponseException) {
      BadResponseException bad = failure instanceof BadResponseException b ? b : null;
      if (bad != null && bad.statusCode() != BadResponseException.NO_STATUS) {
        return List.of(); // it answered HTTP: an endpoint error, not a daemon problem
      }
      if (bad == null && daemon != null && daemon.starting()) {
        return List.of(
            Finding.of(
                FindingCode.DAEMON_STARTING,
                null,
                "The LocalAPI did not answer in time ("
                    + failure.getMessage()
                    + "), and tailscaled's /server-status says \"backend not ready\": it is"
                    + " still starting."));
      }
      return List.of(Finding.of(FindingCode.DAEMON_UNRESPONSIVE, null, failure.getMessage()));
    }
    return List.of();
  }

  private static String lower(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
