#!/usr/bin/env bash
# The tray under Xvfb with a real tray host (trayer) and a real IPC server: the icon colour follows an
# injected fault and its recovery and a service restart; the menu opens (screenshots in
# tray/target/screenshots/); menu actions reach the service; a second instance refuses to start; Quit
# exits 0 and removes the icon. Both the pixel at the icon and the tray's own log are checked.
# What a person sees is read back: for every state (ok, down, degraded, service not running) and
# with both views the menu is opened, photographed and read with OCR (tesseract), and its headline,
# peer lines and finding entries are compared with the service's snapshot (`bridge-link status
# --json` on the same socket); the icon's colour is compared with the state the snapshot implies.
# A last phase swaps the scripted service for the REAL one: `bridge-link run --ipc-socket` against the
# LocalAPI simulator (a scenario takes the peer offline and back), and the tray follows it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
source "$REPO_ROOT/scripts/lib-xvfb.sh"
cd "$REPO_ROOT"

xv_require Xvfb trayer xdotool import convert xwininfo dbus-daemon tesseract python3
ensure_built
if [ ! -d tray/target/test-classes/com/maemuki/bridgelink/tray/scripted ]; then
  mvn -B -q -Dstyle.color=never -pl tray -am test-compile >&2
fi

W="$REPO_ROOT/tray/target/xvfb-check"
SHOTS="$REPO_ROOT/tray/target/screenshots"
rm -rf "$W" && mkdir -p "$W/control" "$SHOTS"
SERVER_PID=""
SIM_PID=""
cleanup() {
  xv_stop
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true
  [ -n "$SIM_PID" ] && kill "$SIM_PID" 2>/dev/null || true
}
trap cleanup EXIT
fail() {
  echo "tray check FAILED: $*" >&2
  echo "--- tray log" >&2; tail -40 "$W/tray.log" >&2 || true
  echo "--- server log" >&2; tail -20 "$W/server.log" >&2 || true
  exit 1
}

start_server() {
  "$(java_cmd)" -cp "$REPO_ROOT/tray/target/test-classes:$REPO_ROOT/tray/target/dist/lib/*" \
    com.maemuki.bridgelink.tray.scripted.ScriptedService "$W/ipc.sock" "$W/control" >>"$W/server.log" 2>&1 &
  SERVER_PID=$!
}

# expect_state STATE [SECONDS]: the tray logs the state and the icon shows its colour (both, within 20 s
# or SECONDS).
expect_state() {
  local state="$1" want got="" end=$((SECONDS + ${2:-20}))
  want="$(eval echo "\$XV_COLOURS_$state")"
  while [ $SECONDS -lt $end ]; do
    # The latest state the tray logged (not any earlier one) and the pixel must both say STATE.
    if [ "$(grep -o 'tray state: icon=[A-Z_]* ' "$W/tray.log" | tail -1)" = "tray state: icon=$state " ]; then
      icon_now
      got="$(xv_pixel $ICON "$W/last.png")"
      xv_colour_is "$got" "$want" && { echo "  icon $state: pixel ($got) ok"; return 0; }
    fi
    sleep 0.2
  done
  fail "icon never showed $state (want $want, last pixel at $ICON: ${got:-none}; $(icon_windows))"
}

# icon_now: ICON is the icon's centre as it is now. The tray host may resize or move the icon's
# window after it docked (a CI run sampled 5 px right of the centre, on the triangle's edge).
icon_now() {
  local pos
  pos="$(xv_icon_centre)"
  [ -z "$pos" ] || ICON="$pos"
}

# icon_windows: the icon's windows and their geometry, for a failure message.
icon_windows() {
  xwininfo -root -tree 2>/dev/null | grep -E '"panel"|"Bridge Link"|"JavaEmbeddedFrame"' | sed 's/^ *//' | paste -sd';' -
}

set_state() { echo "$1" >"$W/control/state.tmp" && mv "$W/control/state.tmp" "$W/control/state"; }

# menu_window: the id of the mapped popup menu: GTK's (a large "java" window; GTK keeps closed
# popups in the tree unmapped, so the map state is what counts) or AWT's XPopupMenuPeer.
menu_window() {
  local id
  for id in $(xwininfo -root -tree | grep -E '("java": \("java" "Java"\)|"sun-awt-X11-XPopupMenuPeer": .*) +[0-9]{3,}x[0-9]{2,}' | awk '{print $1}'); do
    xwininfo -id "$id" | grep -q 'Map State: IsViewable' && { echo "$id"; return 0; }
  done
  return 1
}
menu_visible() { menu_window >/dev/null; }

# Dorkbox opens its menu on a left click, AWT on a right click.
MENU_BUTTON=1

# open_menu: click the icon; wait until the popup is mapped.
open_menu() {
  local end=$((SECONDS + 10))
  while menu_visible && [ $SECONDS -lt $end ]; do sleep 0.05; done
  icon_now
  # shellcheck disable=SC2086
  xdotool mousemove $ICON click $MENU_BUTTON
  while [ $SECONDS -lt $end ]; do
    menu_visible && { sleep 0.3; return 0; }
    sleep 0.05
  done
  fail "the menu did not open"
}

# read_screen NAME: opens the menu, moves the pointer off it (no tooltip over the text), takes a
# screenshot, reads the menu window's text with OCR into $SHOTS/NAME.txt, closes the menu.
read_screen() {
  local name="$1" id geo
  open_menu
  xdotool mousemove 5 700
  sleep 0.7
  id="$(menu_window)" || fail "the menu closed before it could be read"
  geo="$(xwininfo -id "$id" | awk '/Absolute upper-left X/ {x=$NF} /Absolute upper-left Y/ {y=$NF}
    /Width:/ {w=$NF} /Height:/ {h=$NF} END {print w "x" h "+" x "+" y}')"
  import -window root "$SHOTS/$name.png"
  # Three times larger and black on white (the grey of disabled entries too): tesseract reads
  # 9-pixel menu fonts reliably only so.
  convert "$SHOTS/$name.png" -crop "$geo" +repage -resize 300% -colorspace Gray -threshold 80% \
    "$W/$name-menu.png"
  tesseract "$W/$name-menu.png" "$SHOTS/$name" --psm 6 >/dev/null 2>&1 || fail "tesseract failed on $name"
  xdotool key Escape
  local end=$((SECONDS + 5))
  while menu_visible && [ $SECONDS -lt $end ]; do sleep 0.05; done
}

# check_screen SOCKET NAME: what the menu and the icon show against the service's snapshot on
# SOCKET (or "service not running" when it does not answer).
check_screen() {
  local socket="$1" name="$2" expect="--unreachable" state=SERVICE_UNREACHABLE got want
  if scripts/bridge-link status --json --ipc-socket "$socket" >"$W/$name.json" 2>/dev/null; then
    expect="$W/$name.json"
    state="$(python3 -c 'import json, sys
s = json.load(open(sys.argv[1])); r = {"ok": 0, "info": 0, "degraded": 1, "warning": 1, "down": 2, "critical": 2}
w = max([r.get(s.get("overall", "ok"), 0)] + [r.get(f.get("severity"), 0) for f in s.get("findings") or []])
print(["OK", "DEGRADED", "DOWN"][w])' "$expect")"
  fi
  read_screen "$name"
  echo "  $name: the menu as read from the screen against the snapshot"
  # The AWT tray's tooltip can outlive the pointer leaving the icon and cover the menu's first
  # line; one more read after it has gone. A stale menu (the defect this check is for) fails both.
  if python3 scripts/checks/tray-menu-matches.py "$SHOTS/$name.txt" "$expect" >"$W/$name.match" 2>&1; then
    cat "$W/$name.match"
  else
    sed 's/^/    (first read) /' "$W/$name.match"
    sleep 2
    read_screen "$name"
    python3 scripts/checks/tray-menu-matches.py "$SHOTS/$name.txt" "$expect" \
      || fail "the menu on screen ($SHOTS/$name.png, read: $SHOTS/$name.txt) does not say what the service says"
  fi
  want="$(eval echo "\$XV_COLOURS_$state")"
  icon_now
  got="$(xv_pixel $ICON "$W/last.png")"
  xv_colour_is "$got" "$want" || fail "$name: the icon at $ICON shows ($got), the snapshot says $state ($want); $(icon_windows)"
  echo "    ok  icon     $state ($got)"
}

expect_log() {
  local end=$((SECONDS + 10))
  while [ $SECONDS -lt $end ]; do
    grep -qF "$1" "$W/tray.log" && return 0
    sleep 0.1
  done
  fail "the tray never logged '$1'"
}

expect_request() {
  local end=$((SECONDS + 10))
  while [ $SECONDS -lt $end ]; do
    grep -q "^$1" "$W/control/requests.log" 2>/dev/null && { echo "  service saw: $(grep "^$1" "$W/control/requests.log" | tail -1)"; return 0; }
    sleep 0.1
  done
  fail "the service never saw '$1'"
}

echo "tray check: starting Xvfb, trayer and the scripted service"
xv_start "$W"
set_state ok
start_server
xv_tray_start "$W/tray.log" --view dorkbox --ipc-socket "$W/ipc.sock" --lock-file "$W/tray.lock"
ICON="$(xv_wait_icon 30)" || fail "the icon never docked in trayer"
echo "  icon docked at $ICON"

expect_state OK
check_screen "$W/ipc.sock" dorkbox-ok
set_state down
expect_state DOWN
cp "$W/last.png" "$SHOTS/tray-down.png"
check_screen "$W/ipc.sock" dorkbox-down
set_state ok
expect_state OK

set_state degraded
expect_state DEGRADED
check_screen "$W/ipc.sock" dorkbox-degraded
open_menu
import -window root "$SHOTS/tray-menu-degraded.png"
# Bottom-up, skipping separators: Quit, Quiet mode, admin console, diagnostics bundle.
xdotool key Up Up Up Up Return
expect_request "diag.create"
expect_log "Diagnostics bundle: Saved to $W/control/bundle.zip"

# Top-down the first enabled entries are the findings' submenus; the second holds its one-line
# remedy (which opens the status window), then the repair.
open_menu
xdotool key Down Down Right Down
sleep 0.5
import -window root "$SHOTS/tray-menu-repair.png"
xdotool key Return
expect_request "repair.run"
expect_log "Repair open-inbound-port: Port 3389 opened for Tailscale"
grep -q 'repair.run {"id":"open-inbound-port","findingKey":"local-port-blocked/3389","subject":"3389"' "$W/control/requests.log" \
  || fail "repair.run without the expected id and subject"

open_menu
xdotool key Up Up Up Up Up Return
expect_log "menu: OPEN_STATUS_WINDOW"
expect_request "history.get"
sleep 1 # let Swing paint the chart that history.get filled
import -window root "$SHOTS/status-window.png"

echo "tray check: service restart"
kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""
expect_state SERVICE_UNREACHABLE
cp "$W/last.png" "$SHOTS/tray-service-down.png"
check_screen "$W/ipc.sock" dorkbox-unreachable
set_state ok
start_server
expect_state OK

echo "tray check: single instance"
second="$(XDG_RUNTIME_DIR="$W" "$(java_cmd)" -cp "$REPO_ROOT/tray/target/dist/lib/*" \
  com.maemuki.bridgelink.tray.TrayMain --view log --lock-file "$W/tray.lock" 2>&1)" || fail "second instance exited non-zero"
grep -q "already running" <<<"$second" || fail "second instance did not refuse: $second"
echo "  second instance refused"

echo "tray check: quit from the menu"
open_menu
xdotool key Up Return
status=0
wait "$XV_TRAY_PID" || status=$?
[ "$status" -eq 0 ] || fail "tray exited with $status after Quit"
XV_TRAY_PID=""
[ -z "$(xv_icon_centre)" ] || fail "the icon is still docked after Quit"
grep -q "menu: QUIT" "$W/tray.log" || fail "Quit not logged"

# The AWT view (the Windows default, for its native toasts) on the same desktop: docks, shows the
# state's colour, opens its menu on right click and pops a notification when a problem is raised.
echo "tray check: AWT view"
mv "$W/tray.log" "$W/tray-dorkbox.log"
set_state ok
xv_tray_start "$W/tray.log" --view awt --ipc-socket "$W/ipc.sock" --lock-file "$W/tray.lock"
ICON="$(xv_wait_icon 30)" || fail "the AWT icon never docked"
expect_state OK
set_state down
expect_state DOWN
expect_log "notification CRITICAL: The shared computer is offline (bridge-peer)"
sleep 1 # the balloon is drawn asynchronously
import -window root "$SHOTS/awt-notification.png"
icon_now
# shellcheck disable=SC2086
xdotool mousemove $ICON click 3
sleep 1
import -window root "$SHOTS/awt-menu.png"
xdotool key Escape
kill "$XV_TRAY_PID"
wait "$XV_TRAY_PID" 2>/dev/null || true
XV_TRAY_PID=""

# The AWT view read back from the screen, quiet (no balloon over the menu): every state.
echo "tray check: AWT view read from the screen"
mv "$W/tray.log" "$W/tray-awt-notify.log"
MENU_BUTTON=3
xv_tray_start "$W/tray.log" --view awt --quiet --ipc-socket "$W/ipc.sock" --lock-file "$W/tray.lock"
ICON="$(xv_wait_icon 30)" || fail "the AWT icon never docked"
for state in ok degraded down; do
  set_state "$state"
  expect_state "$(tr '[:lower:]' '[:upper:]' <<<"$state")"
  check_screen "$W/ipc.sock" "awt-$state"
done
kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""
expect_state SERVICE_UNREACHABLE
check_screen "$W/ipc.sock" awt-unreachable
kill "$XV_TRAY_PID"
wait "$XV_TRAY_PID" 2>/dev/null || true
XV_TRAY_PID=""
MENU_BUTTON=1

# The real service: the simulated tailscaled serves one peer (online, direct), takes it offline at 30 s
# and brings it back at 45 s; `bridge-link run` (the real monitor and IPC server) watches it, and the
# tray's icon follows: OK, DOWN (peer-offline is critical), OK. All on loopback: the peer's MagicDNS
# name is localhost (resolved by the OS from /etc/hosts) and the MagicDNS server is a closed loopback
# port, so no query leaves the machine.
echo "tray check: the real service (bridge-link run) on the LocalAPI simulator"
mv "$W/tray.log" "$W/tray-awt.log"
R="$W/real" && mkdir -p "$R"
cat >"$R/scenario.json" <<'JSON'
{
  "description": "tray check: one peer, offline for a while, then back (a simulation)",
  "tailnet": {
    "base": "empty",
    "self": {"hostName": "bridge-xvfb", "ips": ["127.0.0.3"], "os": "linux", "keyExpiresIn": "90d"},
    "peers": [{"hostName": "bridge-peer", "dnsName": "localhost.", "ips": ["127.0.0.1"], "os": "windows",
               "relay": "fra", "path": "direct:198.51.100.7:41641", "keyExpiresIn": "60d"}]
  },
  "steps": [
    {"at": "30s", "say": "bridge-peer goes offline", "set": {"peers": {"bridge-peer": {"path": "offline"}}}},
    {"at": "45s", "say": "bridge-peer is back",
     "set": {"peers": {"bridge-peer": {"online": true, "path": "direct:198.51.100.7:41641"}}}}
  ],
  "endAt": "10m"
}
JSON
cat >"$R/config.json" <<'JSON'
{
  "peers": [{"name": "bridge-peer", "ports": []}],
  "intervals": {"status": 0.5, "prefs": 1, "daemon": 1, "probes": 0.5, "dns": 2},
  "damping": {"raiseAfter": 2, "raiseAfterSeconds": 0, "clearAfter": 2, "confirmDelay": 0.1},
  "dns": {"osResolver": "system", "magicDnsServer": "127.0.0.1:1"}
}
JSON
"$(java_cmd)" -cp "$REPO_ROOT/testkit/target/dist/lib/*" com.maemuki.bridgelink.testkit.localapi.SimulatorMain \
  --socket "$R/tailscaled.sock" --scenario "$R/scenario.json" >"$R/simulator.log" 2>&1 &
SIM_PID=$!
BRIDGE_LINK_DATA_DIR="$R/data" "$(java_cmd)" $(service_jvm_options) -cp "$REPO_ROOT/service/target/dist/lib/*" \
  com.maemuki.bridgelink.service.cli.BridgeLinkCommand run --plain --config "$R/config.json" \
  --socket "$R/tailscaled.sock" --ipc-socket "$W/real.sock" >"$W/server.log" 2>&1 &
SERVER_PID=$!
# Wait (bounded) for the monitor to serve IPC: a cold JVM on a busy machine takes a few seconds.
for _ in $(seq 1 60); do
  grep -q "IPC on $W/real.sock" "$W/server.log" && break
  kill -0 "$SERVER_PID" 2>/dev/null || fail "bridge-link run exited before serving $W/real.sock"
  sleep 0.5
done
grep -q "IPC on $W/real.sock" "$W/server.log" || fail "bridge-link run does not serve $W/real.sock after 30 s"
xv_tray_start "$W/tray.log" --view dorkbox --ipc-socket "$W/real.sock" --lock-file "$W/tray.lock"
ICON="$(xv_wait_icon 30)" || fail "the icon never docked (real service)"
expect_state OK 30
cp "$W/last.png" "$SHOTS/real-ok.png"
expect_state DOWN 60
cp "$W/last.png" "$SHOTS/real-down.png"
grep -q "raised peer-offline bridge-peer critical" "$W/server.log" || fail "the monitor did not raise peer-offline"
expect_state OK 40
grep -q "cleared peer-offline bridge-peer" "$W/server.log" || fail "the monitor did not clear peer-offline"
kill "$XV_TRAY_PID"; wait "$XV_TRAY_PID" 2>/dev/null || true; XV_TRAY_PID=""
kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""
kill "$SIM_PID"; wait "$SIM_PID" 2>/dev/null || true; SIM_PID=""
echo "tray check passed (screenshots in $SHOTS)"
