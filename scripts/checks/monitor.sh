#!/usr/bin/env bash
# Monitor smoke check: `doctor` on a machine without tailscaled names the daemon finding and its
# remedy, exits 2 (critical) and never prints a stack trace.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
ensure_built
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export BRIDGE_LINK_DATA_DIR="$work"
set +e
"$REPO_ROOT/scripts/bridge-link" doctor --socket "$work/no-tailscaled.sock" --peer bridge-peer >"$work/out" 2>&1
status=$?
set -e
if [ "$status" -ne 2 ] || ! grep -q "daemon-stopped" "$work/out" || ! grep -q "Remedy: Start the Tailscale service" "$work/out" \
   || grep -q "Exception\|\tat " "$work/out"; then
  echo "monitor check failed (exit $status):" >&2
  cat "$work/out" >&2
  exit 1
fi
"$REPO_ROOT/scripts/bridge-link" doctor --json --socket "$work/no-tailscaled.sock" >"$work/json" 2>/dev/null || true
python3 - "$work/json" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
for key in ("inputs", "self", "peers", "pings", "netcheck", "findings", "probes"):
    assert key in doc, key
assert doc["findings"][0]["code"] == "daemon-stopped", doc["findings"]
PY
echo "monitor: doctor without tailscaled reports daemon-stopped with its remedy (exit 2)"
