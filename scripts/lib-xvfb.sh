# Helpers for the tray's Xvfb check and benchmark: a private X server, tray host and session bus,
# the tray as a real process, and screenshots sampled at the icon. Source it; do not run it.
# shellcheck shell=bash

# The tray's JVM options (tray/src/main/dist/tray-jvm.options) on one line, comments dropped.
TRAY_RECOMMENDED_JAVA_OPTS="$(sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' \
  "$REPO_ROOT/tray/src/main/dist/tray-jvm.options" | paste -sd' ' -)"

XV_COLOURS_OK="46 158 68"
XV_COLOURS_DEGRADED="242 169 0"
XV_COLOURS_DOWN="217 48 37"
XV_COLOURS_SERVICE_UNREACHABLE="138 138 138"

# xv_require CMD...: fail with the apt package hint when a tool is missing.
xv_require() {
  local missing=()
  for c in "$@"; do command -v "$c" >/dev/null || missing+=("$c"); done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "tray check: missing ${missing[*]} (apt-get install xvfb trayer xdotool imagemagick x11-utils dbus-daemon tesseract-ocr libgtk-3-0 libayatana-appindicator3-1; .ci/run does this)" >&2
    return 1
  fi
}

# xv_start WORKDIR: Xvfb on a free display, trayer at the top right, a private session bus.
# Sets DISPLAY and DBUS_SESSION_BUS_ADDRESS; records pids in WORKDIR.
xv_start() {
  local w="$1"
  XV_DIR="$w"
  Xvfb -displayfd 3 -screen 0 1024x768x24 -nolisten tcp 3>"$w/display" >"$w/xvfb.log" 2>&1 &
  echo $! >"$w/xvfb.pid"
  for _ in $(seq 100); do [ -s "$w/display" ] && break; sleep 0.05; done
  [ -s "$w/display" ] || { echo "Xvfb did not start: $(cat "$w/xvfb.log")" >&2; return 1; }
  export DISPLAY=":$(cat "$w/display")"
  trayer --edge top --align right --widthtype pixel --width 160 --heighttype pixel --height 28 \
    --SetDockType true --transparent false --tint 0xdddddd >"$w/trayer.log" 2>&1 &
  echo $! >"$w/trayer.pid"
  dbus-daemon --session --nofork --print-address=3 3>"$w/dbus.addr" >"$w/dbus.log" 2>&1 &
  echo $! >"$w/dbus.pid"
  # On a loaded machine trayer can take seconds to map its panel; an icon started before it is
  # there may never dock, so wait (up to 30 s) and say so when it never comes.
  for _ in $(seq 600); do
    [ -s "$w/dbus.addr" ] && xwininfo -root -tree 2>/dev/null | grep -q '"panel"' && break
    sleep 0.05
  done
  xwininfo -root -tree 2>/dev/null | grep -q '"panel"' \
    || { echo "trayer did not map its panel within 30 s: $(cat "$w/trayer.log")" >&2; return 1; }
  export DBUS_SESSION_BUS_ADDRESS
  DBUS_SESSION_BUS_ADDRESS="$(head -1 "$w/dbus.addr")"
  export NO_AT_BRIDGE=1
}

# xv_tray_start LOGFILE ARGS...: the tray as a real JVM with every side-effect dir in XV_DIR.
xv_tray_start() {
  local log="$1"; shift
  mkdir -p "$XV_DIR/home" "$XV_DIR/tmp" "$XV_DIR/cache"
  XDG_CACHE_HOME="$XV_DIR/cache" XDG_RUNTIME_DIR="$XV_DIR" \
    "$(java_cmd)" ${BRIDGE_LINK_TRAY_JAVA_OPTS-$TRAY_RECOMMENDED_JAVA_OPTS} \
    -Djava.io.tmpdir="$XV_DIR/tmp" -Djna.tmpdir="$XV_DIR/tmp" -Duser.home="$XV_DIR/home" \
    -cp "$REPO_ROOT/tray/target/dist/lib/*" com.maemuki.bridgelink.tray.TrayMain "$@" >"$log" 2>&1 &
  XV_TRAY_PID=$!
}

# xv_icon_centre: "X Y" of the tray icon's centre in root coordinates, once it is docked inside
# trayer's panel (before docking the icon window briefly exists elsewhere), else nothing.
xv_icon_centre() {
  xwininfo -root -tree 2>/dev/null | awk '
    function geo(line, g) {
      if (match(line, /[0-9]+x[0-9]+[+-][0-9-]+[+-][0-9-]+ +[+-][0-9-]+[+-][0-9-]+/)) {
        split(substr(line, RSTART, RLENGTH), f, /[x+ ]+/)
        g["w"] = f[1]; g["h"] = f[2]; g["x"] = f[5]; g["y"] = f[6]; return 1
      }
      return 0
    }
    /"panel": \("panel" "trayer"\)/ { if (geo($0, p)) have = 1 }
    # Dorkbox names its icon window after the tray; the AWT tray uses a JavaEmbeddedFrame.
    /"Bridge Link"|"JavaEmbeddedFrame"/ && have {
      if (geo($0, i) && i["w"] > 1 && i["x"] >= p["x"] && i["x"] < p["x"] + p["w"] && i["y"] >= p["y"] && i["y"] < p["y"] + p["h"]) {
        print int(i["x"] + i["w"] / 2), int(i["y"] + i["h"] / 2); exit
      }
    }'
}

# xv_wait_icon TIMEOUT_S [READS]: waits until the icon is docked; prints its centre. The tray host
# may still resize or move the icon's window just after it docked, so the centre counts once it
# has stayed put for READS reads 50 ms apart (default 5; 1 = the moment it docks, for timing).
xv_wait_icon() {
  local end=$((SECONDS + $1)) reads="${2:-5}" pos last="" same=0
  while [ $SECONDS -lt $end ]; do
    pos="$(xv_icon_centre)"
    if [ -n "$pos" ] && [ "$pos" = "$last" ]; then
      same=$((same + 1))
    else
      same=1
    fi
    [ -n "$pos" ] && [ $same -ge "$reads" ] && { echo "$pos"; return 0; }
    last="$pos"
    sleep 0.05
  done
  return 1
}

# xv_pixel X Y [FILE]: "R G B" at X,Y of a fresh root screenshot (kept in FILE when given).
xv_pixel() {
  local file="${3:-$XV_DIR/pixel.png}"
  import -window root "$file"
  convert "$file" -format '%[fx:int(255*p{'"$1"','"$2"'}.r)] %[fx:int(255*p{'"$1"','"$2"'}.g)] %[fx:int(255*p{'"$1"','"$2"'}.b)]' info:
}

# xv_colour_is "R G B" "R G B": true when every channel is within 10.
xv_colour_is() {
  # shellcheck disable=SC2086
  set -- $1 $2
  local d
  for d in $(($1 - $4)) $(($2 - $5)) $(($3 - $6)); do
    [ "${d#-}" -le 10 ] || return 1
  done
}

# xv_stop: the tray JVM first (killing X under a live JVM can crash it), then the rest.
xv_stop() {
  if [ -n "${XV_TRAY_PID:-}" ] && kill -0 "$XV_TRAY_PID" 2>/dev/null; then
    kill "$XV_TRAY_PID" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$XV_TRAY_PID" 2>/dev/null || break; sleep 0.05; done
    kill -9 "$XV_TRAY_PID" 2>/dev/null || true
  fi
  local p
  for p in trayer dbus xvfb; do
    [ -f "$XV_DIR/$p.pid" ] && kill "$(cat "$XV_DIR/$p.pid")" 2>/dev/null || true
  done
}
