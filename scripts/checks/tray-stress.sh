#!/usr/bin/env bash
# Start-up stress for the tray (issue 16): start and stop the tray (Dorkbox view) STARTS times, each
# time in a fresh X session (Xvfb, trayer, a private session bus), half of them with CPU load beside
# it. After every start: the icon docks in trayer within ICON_LIMIT (60) s, and the X server still answers
# (xdpyinfo within 2 s) both while the tray starts and once it is up; the tray stops within 10 s.
# A failed start keeps its logs (and a jstack of the tray, when one can be taken) in
# tray/target/tray-stress/fail-N/.
#
#   STARTS=100 scripts/checks/tray-stress.sh     # the full count (about 8 min on 2 idle cores)
#   scripts/checks/tray-stress.sh                # STARTS=10, what scripts/test runs
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
source "$REPO_ROOT/scripts/lib-xvfb.sh"
cd "$REPO_ROOT"

STARTS="${STARTS:-10}"
# Docking waits this long: a cold JVM on a machine shared with parallel builds can take 30 s.
ICON_LIMIT="${ICON_LIMIT:-60}"
xv_require Xvfb trayer xwininfo xdpyinfo dbus-daemon
ensure_built
[ -d tray/target/test-classes/com/maemuki/bridgelink/tray/scripted ] \
  || mvn -B -q -Dstyle.color=never -pl tray -am test-compile >&2

W="$REPO_ROOT/tray/target/tray-stress"
rm -rf "$W" && mkdir -p "$W/control"
echo degraded >"$W/control/state"
SERVER_PID=""
LOAD_PIDS=()
stop_load() {
  local p
  for p in "${LOAD_PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  LOAD_PIDS=()
}
cleanup() {
  stop_load
  [ -n "${XV_DIR:-}" ] && xv_stop
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true
}
trap cleanup EXIT

"$(java_cmd)" -cp "$REPO_ROOT/tray/target/test-classes:$REPO_ROOT/tray/target/dist/lib/*" \
  com.maemuki.bridgelink.tray.scripted.ScriptedService "$W/ipc.sock" "$W/control" >"$W/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 100); do [ -S "$W/ipc.sock" ] && break; sleep 0.05; done

# x_answers: the X server replies to a round trip within 2 s.
x_answers() { timeout 2 xdpyinfo >/dev/null 2>&1; }

# The icon lookup runs xwininfo, which would block forever on a frozen server: bound it too.
export -f xv_icon_centre
icon_docked() { [ -n "$(timeout 2 bash -c xv_icon_centre 2>/dev/null)" ]; }

# A tray that cannot start its UI (here: a display that does not exist) must end with status 70 and
# say why, not linger without an icon.
echo "tray stress: a tray without a usable display exits"
status=0
DISPLAY=":64999" timeout 60 "$(java_cmd)" $TRAY_RECOMMENDED_JAVA_OPTS -Djava.io.tmpdir="$W" \
  -cp "$REPO_ROOT/tray/target/dist/lib/*" com.maemuki.bridgelink.tray.TrayMain --view dorkbox \
  --ipc-socket "$W/ipc.sock" --lock-file "$W/nodisplay.lock" >"$W/nodisplay.log" 2>&1 || status=$?
if [ "$status" -ne 70 ] || ! grep -q "the tray exits with status 70" "$W/nodisplay.log"; then
  echo "tray stress FAILED: without a display the tray ended with status $status:" >&2
  tail -20 "$W/nodisplay.log" >&2
  exit 1
fi
echo "  exit status 70: $(grep -m1 -o 'the tray could not go on: [^;]*' "$W/nodisplay.log")"

failures=0
load_failures=0
no_host=0
declare -A reasons=()
for n in $(seq 1 "$STARTS"); do
  R="$W/run-$n"
  mkdir -p "$R"
  loaded=$((n % 2 == 0))
  if [ "$loaded" -eq 1 ]; then
    # One busy loop per core beside the tray, as a busy logon does.
    for _ in $(seq "$(nproc)"); do (while :; do :; done) & LOAD_PIDS+=($!); done
  fi
  if ! xv_start "$R" 2>"$R/setup.log"; then
    # No tray host: this start says nothing about the tray. Counted apart, and bounded below.
    xv_stop
    stop_load
    no_host=$((no_host + 1))
    echo "  start $n: not counted, the tray host did not come up ($(head -1 "$R/setup.log"))"
    continue
  fi
  xv_tray_start "$R/tray.log" --view dorkbox --ipc-socket "$W/ipc.sock" --lock-file "$R/tray.lock"
  reason=""
  end=$((SECONDS + ICON_LIMIT))
  while :; do
    x_answers || { reason="X server did not answer within 2 s while the tray started"; break; }
    icon_docked && break
    kill -0 "$XV_TRAY_PID" 2>/dev/null || { reason="tray exited before the icon docked"; break; }
    [ $SECONDS -lt $end ] || { reason="icon not docked within $ICON_LIMIT s"; break; }
    sleep 0.1
  done
  if [ -z "$reason" ]; then
    sleep 0.5
    x_answers || reason="X server did not answer within 2 s after the icon docked"
  fi
  if [ -n "$reason" ]; then
    timeout 5 xwininfo -root -tree >"$R/windows.txt" 2>&1 || true
    kill -0 "$XV_TRAY_PID" 2>/dev/null && { timeout 10 jstack "$XV_TRAY_PID" >"$R/jstack.txt" 2>&1 || true; }
  fi
  if [ -z "$reason" ]; then
    kill "$XV_TRAY_PID"
    for _ in $(seq 100); do kill -0 "$XV_TRAY_PID" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$XV_TRAY_PID" 2>/dev/null && reason="tray did not stop within 10 s of SIGTERM"
  fi
  xv_stop
  XV_TRAY_PID=""
  stop_load
  if [ -n "$reason" ]; then
    failures=$((failures + 1))
    [ "$loaded" -eq 1 ] && load_failures=$((load_failures + 1))
    reasons["$reason"]=$((${reasons["$reason"]:-0} + 1))
    mv "$R" "$W/fail-$n"
    echo "  start $n ($([ "$loaded" -eq 1 ] && echo loaded || echo idle)): FAILED: $reason (logs in $W/fail-$n)"
  else
    mv "$R/tray.log" "$W/tray-$n.log" && rm -rf "$R"
  fi
  [ $((n % 10)) -eq 0 ] && echo "  $n starts, $failures failed"
done
echo "tray stress: $STARTS starts ($((STARTS / 2)) with CPU load), $failures failed ($load_failures under load), $no_host not counted (no tray host)"
for r in "${!reasons[@]}"; do echo "  ${reasons[$r]}x $r"; done
[ "$failures" -eq 0 ] && [ $((no_host * 5)) -le "$STARTS" ]
