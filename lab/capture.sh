#!/usr/bin/env bash
# Captures what real tailscale v1.102.5 prints on the lab's bridge, healthy and faulted, for the
# analyze fixtures (testkit/src/main/resources/fixtures/tailscale/real-1.102.5/). Every command the
# user's guide names, in text and JSON. Needs the lab up; heals every fault it injects.
set -euo pipefail
out=${1:?output directory}
L="bash $(dirname "${BASH_SOURCE[0]}")/lab.sh"
mkdir -p "$out"
ts() { $L ts bridge "$@" 2>&1 || true; }
api() { curl -s --unix-socket /run/bridge-link-lab/bridge/tailscaled.sock "http://local-tailscaled.sock/localapi/v0/$1"; }
wait_online() { for _ in $(seq 120); do $L ts bridge status --json | grep -q '"Online": true' && return; sleep 0.5; done; }

ts status >"$out/status_text_healthy.txt"
ts status --json >"$out/status_json_healthy.json"
api status >"$out/localapi_status_healthy.json"
api prefs >"$out/localapi_prefs_healthy.json"
ts ping -c 3 p1 >"$out/ping_p1_direct.txt"
ts ping -c 2 no-such-host >"$out/ping_unknown_name.txt"
ts netcheck >"$out/netcheck_text.txt"
ts netcheck --format=json >"$out/netcheck.json"
ts ip -4 >"$out/ip_4.txt"

$L fault peer-stopped p1 2>/dev/null
sleep 12
ts status >"$out/status_text_peer-offline.txt"
ts status --json >"$out/status_json_peer-offline.json"
ts ping -c 3 --timeout 2s p1 >"$out/ping_p1_offline.txt"
$L heal peer-stopped p1 2>/dev/null
wait_online

$L fault udp-blocked p1 2>/dev/null
ts ping -c 6 p1 >"$out/ping_p1_udp-blocked.txt"
ts status --json >"$out/status_json_udp-blocked.json"
$L heal udp-blocked p1 2>/dev/null

$L fault all-peers-deleted 2>/dev/null
sleep 3
ts status >"$out/status_text_no-peers.txt"
ts status --json >"$out/status_json_no-peers.json"
$L heal all-peers-deleted 2>/dev/null

$L fault down 2>/dev/null
ts status >"$out/status_text_stopped.txt"
ts status --json >"$out/status_json_stopped.json"
ts ping -c 1 p1 >"$out/ping_p1_backend-stopped.txt"
$L heal down 2>/dev/null

$L fault logged-out 2>/dev/null
ts status >"$out/status_text_logged-out.txt"
ts status --json >"$out/status_json_logged-out.json"
$L heal logged-out 2>/dev/null
wait_online
echo "captured into $out:"; ls "$out"
