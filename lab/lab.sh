#!/usr/bin/env bash
# The real tailnet: headscale (control + embedded DERP + STUN) in a hub namespace and three
# tailscaled nodes — bridge (the monitored machine) and two peers — each in its own namespace,
# joined with a pre-auth key, MagicDNS on. Nothing leaves the machine: the namespaces have no
# route beyond the hub, resolv.conf points at 127.0.0.1, and every outward switch is off (see
# docs/lab.md). Usage: lab.sh up|down|status|env|fault NAME|heal NAME|faults|ts NODE ARGS…|hs ARGS…
# |register LOGIN-URL|exec NODE CMD…
set -euo pipefail

CACHE=${BRIDGE_LINK_LAB_CACHE:-/var/cache/bridge-link-lab}
BIN=$CACHE/bin
RUN=${BRIDGE_LINK_LAB_RUN:-/run/bridge-link-lab}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
NODES=(bridge p1 p2)
HUB=blab-hub
HUB_IP=10.77.0.1
CONTROL=http://$HUB_IP:8080
APP_PORT=8080   # the application port on each peer
LOCAL_PORT=9090 # the port the peers must reach on the bridge (inbound check)
TAILNET=tailnet.lab

ns() { echo "blab-$1"; }
idx() { case $1 in bridge) echo 1 ;; p1) echo 2 ;; p2) echo 3 ;; *) return 1 ;; esac; }
underlay() { echo "10.77.$(idx "$1").2"; }
sock() { echo "$RUN/$1/tailscaled.sock"; }
# p2 runs userspace networking, the others TUN: both modes answer the product's probes.
tun() { [ "$1" = p2 ] && echo userspace-networking || echo tailscale0; }
log() { printf '[lab] %s\n' "$*" >&2; }
die() { printf '[lab] error: %s\n' "$*" >&2; exit 1; }

# The CLI always runs on its node: `tailscale ping NAME` resolves NAME itself and `netcheck` sends
# STUN from its own process — in the root namespace those would use the host's resolver and routes.
# Its netcheck would also probe the gateway for port mapping: off, as for the daemons.
ts() {
  local n=$1
  shift
  (in_node "$n" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin TS_DISABLE_PORTMAPPER=1 TS_DISABLE_UPNP=true \
    "$BIN/tailscale" --socket="$(sock "$n")" "$@")
}
# Runs a command on a node: its network namespace, and its own mount namespace in which /etc is an
# overlay (writes land in $RUN/NODE/etc). tailscaled's DNS manager rewrites /etc/resolv.conf and
# keeps a backup beside it in /etc: without the overlay that backup would land in the host's /etc,
# shared by every node.
# It execs (each step execs the next): `(in_node N cmd) &` leaves $! = cmd's own PID.
in_node() { local n=$1; shift; exec nsenter --mount="$RUN/$n/mnt" ip netns exec "$(ns "$n")" "$@"; }
hs() { "$BIN/headscale" -c "$RUN/hs/headscale.yaml" --force "$@"; }

need_root() {
  [ "$(id -u)" = 0 ] || die "needs root (network namespaces, TUN): run as root"
  ip netns list >/dev/null 2>&1 || die "ip netns does not work here"
  [ -c /dev/net/tun ] || die "/dev/net/tun is missing"
  command -v nft >/dev/null || die "nft is missing (apt-get install nftables)"
  for b in tailscaled tailscale headscale; do
    [ -x "$BIN/$b" ] || die "$BIN/$b missing: run lab/build.sh first"
  done
}

wait_for() { # seconds, description, command…
  local limit=$1 what=$2 i
  shift 2
  for ((i = 0; i < limit * 10; i++)); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 0.1
  done
  die "timed out after ${limit}s waiting for $what"
}

write_headscale_config() {
  local magic=${1:-true}
  mkdir -p "$RUN/hs"
  cat >"$RUN/hs/policy.hujson" <<'POL'
{ "nodeAttrs": [ { "target": ["*"], "attr": ["disable-captive-portal-detection"] } ] }
POL
  cat >"$RUN/hs/headscale.yaml" <<YAML
server_url: $CONTROL
listen_addr: $HUB_IP:8080
metrics_listen_addr: ""
grpc_listen_addr: 127.0.0.1:0
grpc_allow_insecure: false
noise: { private_key_path: $RUN/hs/noise_private.key }
prefixes: { v4: 100.64.0.0/10, v6: fd7a:115c:a1e0::/48, allocation: sequential }
derp:
  server:
    enabled: true
    region_id: 999
    region_code: headscale
    region_name: Lab DERP
    verify_clients: true
    stun_listen_addr: $HUB_IP:3478
    private_key_path: $RUN/hs/derp_server_private.key
    automatically_add_embedded_derp_region: true
    ipv4: $HUB_IP
    ipv6: none
  urls: []
  paths: []
  auto_update_enabled: false
disable_check_updates: true
node: { expiry: 0 }
database: { type: sqlite, sqlite: { path: $RUN/hs/db.sqlite, write_ahead_log: true } }
log: { level: info, format: text }
policy: { mode: file, path: $RUN/hs/policy.hujson }
dns:
  magic_dns: $magic
  base_domain: $TAILNET
  override_local_dns: false
  nameservers: { global: [], split: {} }
  search_domains: []
  extra_records: []
unix_socket: $RUN/hs/headscale.sock
unix_socket_permission: "0770"
logtail: { enabled: false }
tuning: { batch_change_delay: 200ms }
YAML
}

start_headscale() {
  # MagicDNS is a tailnet setting read at start (SIGHUP reloads only the policy).
  write_headscale_config "${1:-true}"
  (exec ip netns exec $HUB env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin \
    "$BIN/headscale" -c "$RUN/hs/headscale.yaml" serve >>"$RUN/hs/headscale.log" 2>&1) &
  echo $! >"$RUN/hs/pid"
  wait_for 30 "headscale" hs users list
}

stop_pidfile() {
  local f=$1 pid
  [ -f "$f" ] || return 0
  pid=$(cat "$f")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$f"
}

start_node() {
  local n=$1
  mkdir -p "$RUN/$n/state"
  # env -i: no proxy variables reach tailscaled. Each switch keeps it off the internet: no log
  # upload, no port mapping (UPnP/NAT-PMP/PCP to the hub), a panic instead of the default control
  # server, DERP over plain HTTP to the lab's own DERP.
  (in_node "$n" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin \
    TS_NO_LOGS_NO_SUPPORT=true TS_LOGS_DIR="$RUN/$n/state" \
    TS_DISABLE_PORTMAPPER=1 TS_DISABLE_UPNP=true TS_PANIC_IF_HIT_MAIN_CONTROL=1 \
    TS_DEBUG_USE_DERP_HTTP=1 TS_ASSUME_NETWORK_UP_FOR_TEST=1 \
    "$BIN/tailscaled" --statedir="$RUN/$n/state" --socket="$(sock "$n")" \
    --port=41641 --tun="$(tun "$n")" --no-logs-no-support >>"$RUN/$n/tailscaled.log" 2>&1) &
  echo $! >"$RUN/$n/tailscaled.pid"
  wait_for 20 "tailscaled on $n" ts "$n" status --json
}

node_up() {
  local n=$1
  ts "$n" up --reset --login-server="$CONTROL" --auth-key="$(cat "$RUN/authkey")" \
    --hostname="$n" --accept-dns=true --timeout=60s >/dev/null
}

start_listener() { # node port — accepts, says "ok", closes (the application port)
  local n=$1 port=$2
  (in_node "$n" python3 -c '
import socket, sys
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("0.0.0.0", int(sys.argv[1]))); s.listen(64)
while True:
    c, _ = s.accept()
    try: c.sendall(b"ok\n")
    except OSError: pass
    c.close()
' "$port" >/dev/null 2>&1) &
  echo $! >"$RUN/$n/listener-$port.pid"
}

start_resolver() { # node — the node's "ISP resolver" on 127.0.0.1:53: NXDOMAIN for every name
  # tailscaled forwards non-tailnet names to the resolver it found in resolv.conf; with nothing
  # answering there it raises the health warning "can't reach the configured DNS servers" (the JVM's
  # own host-name lookup is enough). This one answers every query, and nothing leaves the lab.
  local n=$1
  (in_node "$n" python3 -c '
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(("127.0.0.1", 53))
while True:
    q, peer = s.recvfrom(512)
    if len(q) < 12:
        continue
    # same ID and question, QR=1 RD copied RA=1, RCODE=3 (NXDOMAIN), no answers
    flags = bytes([0x80 | (q[2] & 0x01), 0x83])
    s.sendto(q[:2] + flags + q[4:6] + b"\0\0\0\0\0\0" + q[12:], peer)
' >/dev/null 2>&1) &
  echo $! >"$RUN/$n/resolver.pid"
}

make_netns() {
  ip netns add $HUB
  ip -n $HUB link set lo up
  # The control address lives on the hub's loopback (no dummy-interface module needed).
  ip -n $HUB addr add $HUB_IP/32 dev lo
  ip netns exec $HUB sysctl -qw net.ipv4.ip_forward=1
  local n i
  for n in "${NODES[@]}"; do
    i=$(idx "$n")
    ip netns add "$(ns "$n")"
    ip -n "$(ns "$n")" link set lo up
    ip link add "h-$n" type veth peer name "e-$n"
    ip link set "h-$n" netns $HUB
    ip link set "e-$n" netns "$(ns "$n")"
    ip -n $HUB addr add "10.77.$i.1/24" dev "h-$n"
    ip -n $HUB link set "h-$n" up
    ip -n "$(ns "$n")" addr add "10.77.$i.2/24" dev "e-$n"
    ip -n "$(ns "$n")" link set "e-$n" up
    ip -n "$(ns "$n")" route add default via "10.77.$i.1"
    # The node's own /etc (see in_node). Its resolv.conf points at 127.0.0.1, where nothing
    # answers, so nothing is ever looked up outside the lab.
    mkdir -p "$RUN/$n/etc/upper" "$RUN/$n/etc/work"
    echo 'nameserver 127.0.0.1' >"$RUN/$n/etc/upper/resolv.conf"
    touch "$RUN/$n/mnt"
    unshare --mount="$RUN/$n/mnt" --propagation private mount -t overlay overlay \
      -o "lowerdir=/etc,upperdir=$RUN/$n/etc/upper,workdir=$RUN/$n/etc/work" /etc
  done
  # The hub forwards between nodes only; the fault table is made once and emptied to heal.
  ip netns exec $HUB nft add table inet blab
  ip netns exec $HUB nft add chain inet blab faults '{ type filter hook forward priority 0; }'
}

cmd_up() {
  need_root
  if [ -f "$RUN/up" ]; then log "already up ($RUN)"; return 0; fi
  cmd_down quiet
  mkdir -p "$RUN"
  # A private mount of its own, so the nodes' mount namespaces can be kept as files in it.
  mount --bind "$RUN" "$RUN"
  mount --make-private "$RUN"
  local t0 n
  t0=$(date +%s%N)
  make_netns
  start_headscale true
  hs users create lab >/dev/null
  local uid
  uid=$(hs users list -o json | python3 -c 'import json,sys; print([u["id"] for u in json.load(sys.stdin) if u["name"]=="lab"][0])')
  hs preauthkeys create -u "$uid" --reusable -e 24h -o json |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["key"])' >"$RUN/authkey"
  for n in "${NODES[@]}"; do start_resolver "$n"; done
  for n in "${NODES[@]}"; do start_node "$n"; done
  for n in "${NODES[@]}"; do node_up "$n"; done
  start_listener p1 $APP_PORT
  start_listener p2 $APP_PORT
  start_listener bridge $LOCAL_PORT
  for n in p1 p2; do
    wait_for 30 "bridge sees $n online" peer_online "$n"
  done
  touch "$RUN/up"
  log "up in $((($(date +%s%N) - t0) / 1000000)) ms"
  cmd_env
}

peer_online() { # bridge's view of a peer (by host name)
  ts bridge status --json | python3 -c '
import json, sys
st = json.load(sys.stdin)
peers = (st.get("Peer") or {}).values()
sys.exit(0 if any(p.get("HostName") == sys.argv[1] and p.get("Online") for p in peers) else 1)' "$1"
}

cmd_down() {
  local n
  for n in "${NODES[@]}"; do
    for f in "$RUN/$n"/*.pid; do [ -e "$f" ] && stop_pidfile "$f"; done
  done
  stop_pidfile "$RUN/hs/pid"
  # Anything still running inside a lab namespace (after a crash of `up` halfway).
  for n in $HUB $(for x in "${NODES[@]}"; do ns "$x"; done); do
    if ip netns list | grep -qw "$n"; then
      ip netns pids "$n" 2>/dev/null | xargs -r kill -9 2>/dev/null || true
      ip netns del "$n" 2>/dev/null || true
    fi
    rm -rf "/etc/netns/$n" # made by earlier versions of this script
  done
  for n in "${NODES[@]}"; do
    ip link del "h-$n" 2>/dev/null || true
    umount -l "$RUN/$n/mnt" 2>/dev/null || true
  done
  while findmnt -rn -o TARGET | grep -qx "$RUN"; do umount -l "$RUN" 2>/dev/null || break; done
  rm -rf "$RUN"
  [ "${1:-}" = quiet ] || log "down: namespaces, processes, rules and $RUN removed"
}

cmd_env() {
  cat <<ENV
LAB_RUN=$RUN
LAB_BIN=$BIN
LAB_BRIDGE_NETNS=$(ns bridge)
LAB_BRIDGE_SOCKET=$(sock bridge)
LAB_P1_SOCKET=$(sock p1)
LAB_P2_SOCKET=$(sock p2)
LAB_APP_PORT=$APP_PORT
LAB_LOCAL_PORT=$LOCAL_PORT
LAB_TAILNET=$TAILNET
ENV
}

cmd_status() {
  [ -f "$RUN/up" ] || { echo "lab: down"; return 1; }
  echo "lab: up ($RUN)"
  local n
  for n in "${NODES[@]}"; do
    printf '%-7s %s\n' "$n" "$(ts "$n" status --json 2>/dev/null | python3 -c '
import json,sys
s=json.load(sys.stdin); print(s.get("BackendState"), (s.get("TailscaleIPs") or ["-"])[0], s["Self"].get("DNSName"))' 2>/dev/null || echo 'not answering')"
  done
}

node_id() { # headscale's numeric ID of a node by its name
  hs nodes list -o json | python3 -c '
import json, sys
for n in json.load(sys.stdin):
    if n.get("given_name") == sys.argv[1] or n.get("name") == sys.argv[1]:
        print(n["id"]); break' "$1"
}

FAULTS="peer-stopped udp-blocked key-expired logged-out down accept-dns-off magicdns-off port-closed shields-up peer-deleted all-peers-deleted bridge-stopped"

cmd_fault() {
  [ -f "$RUN/up" ] || die "lab is down"
  local f=${1:?fault name} p=${2:-p1}
  case $f in
    peer-stopped) stop_pidfile "$RUN/$p/tailscaled.pid" ;;
    udp-blocked)
      ip netns exec $HUB nft add rule inet blab faults ip saddr "$(underlay "$p")" meta l4proto udp drop
      ip netns exec $HUB nft add rule inet blab faults ip daddr "$(underlay "$p")" meta l4proto udp drop ;;
    key-expired) hs nodes expire -i "$(node_id bridge)" >/dev/null ;;
    logged-out) ts bridge logout ;;
    down) ts bridge down ;;
    accept-dns-off) ts bridge set --accept-dns=false ;;
    magicdns-off) stop_pidfile "$RUN/hs/pid"; start_headscale false ;;
    port-closed) stop_pidfile "$RUN/$p/listener-$APP_PORT.pid" ;;
    shields-up) ts "$p" set --shields-up=true ;;
    peer-deleted) hs nodes delete -i "$(node_id "$p")" >/dev/null ;;
    all-peers-deleted)
      hs nodes delete -i "$(node_id p1)" >/dev/null
      hs nodes delete -i "$(node_id p2)" >/dev/null ;;
    bridge-stopped) stop_pidfile "$RUN/bridge/tailscaled.pid" ;;
    *) die "unknown fault $f (faults: $FAULTS)" ;;
  esac
  log "fault $f${2:+ on $p}"
}

rejoin() { # a node deleted from the tailnet registers again, as a new node, with the pre-auth key
  local n=$1
  # Not `logout` first: that would expire the old node at control, which peers then report.
  ts "$n" up --reset --force-reauth --login-server="$CONTROL" --auth-key="$(cat "$RUN/authkey")" \
    --hostname="$n" --accept-dns=true --timeout=60s >/dev/null
}

cmd_heal() {
  [ -f "$RUN/up" ] || die "lab is down"
  local f=${1:?fault name} p=${2:-p1}
  case $f in
    peer-stopped) start_node "$p" ;;
    udp-blocked) ip netns exec $HUB nft flush chain inet blab faults ;;
    key-expired) ts bridge up --force-reauth --reset --login-server="$CONTROL" \
      --auth-key="$(cat "$RUN/authkey")" --hostname=bridge --accept-dns=true --timeout=60s >/dev/null ;;
    logged-out) node_up bridge ;;
    down) ts bridge up --reset --login-server="$CONTROL" --hostname=bridge --accept-dns=true --timeout=60s >/dev/null ;;
    accept-dns-off) ts bridge set --accept-dns=true ;;
    magicdns-off) stop_pidfile "$RUN/hs/pid"; start_headscale true ;;
    port-closed) start_listener "$p" $APP_PORT ;;
    shields-up) ts "$p" set --shields-up=false ;;
    peer-deleted) rejoin "$p" ;;
    all-peers-deleted) rejoin p1; rejoin p2 ;;
    bridge-stopped) start_node bridge ;;
    *) die "unknown fault $f (faults: $FAULTS)" ;;
  esac
  log "healed $f${2:+ on $p}"
}

case ${1:-} in
  up) cmd_up ;;
  down) cmd_down ;;
  status) cmd_status ;;
  env) cmd_env ;;
  faults) echo "$FAULTS" | tr ' ' '\n' ;;
  fault) shift; cmd_fault "$@" ;;
  heal) shift; cmd_heal "$@" ;;
  ts) shift; n=${1:?node}; shift; ts "$n" "$@" ;;
  hs) shift; hs "$@" ;;
  register) # URL — complete an interactive login as the person at the browser would (user lab)
    shift; url=${1:?login URL}
    hs auth register --auth-id "${url##*/}" --user lab >/dev/null
    log "login ${url##*/} registered to user lab" ;;
  exec) shift; n=${1:?node}; shift; in_node "$n" "$@" ;;
  *) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 64 ;;
esac
