#!/usr/bin/env bash
# Builds the lab's real daemons, pinned, into a cache outside the repository, and reuses them:
# tailscaled + tailscale at tailscale.com v1.102.5 (version stamps set, as build_dist.sh does, so
# Status.Version reads "1.102.5" and not "…-ERR-BuildInfo") and headscale v0.29.2.
# Go is used only here; the product stays Java. GOTOOLCHAIN=local: the pinned x/net of these
# versions deadlocks under Go 1.27 (see docs/lab.md).
set -euo pipefail
TS_VERSION=1.102.5
HS_VERSION=0.29.2
CACHE=${BRIDGE_LINK_LAB_CACHE:-/var/cache/bridge-link-lab}
BIN=$CACHE/bin
# Features that do nothing in a namespace lab but cost build time (aws alone is ~90 packages) or
# would only ever probe outward (cloud metadata). Everything the product reads stays in.
TS_TAGS=ts_omit_aws,ts_omit_kube,ts_omit_bird,ts_omit_tap,ts_omit_tpm,ts_omit_synology,ts_omit_cloud
stamp="ts=$TS_VERSION tags=$TS_TAGS hs=$HS_VERSION"

if [ -x "$BIN/tailscaled" ] && [ -x "$BIN/tailscale" ] && [ -x "$BIN/headscale" ] \
  && [ "$(cat "$CACHE/build.stamp" 2>/dev/null)" = "$stamp" ]; then
  echo "lab daemons: cached in $BIN ($stamp)"
  exit 0
fi
# The machine's Go lives in /usr/local/go when it is not on PATH (e.g. a CI shell).
command -v go >/dev/null || PATH="$PATH:/usr/local/go/bin"
command -v go >/dev/null || { echo "lab build: no Go toolchain (need go 1.26.x on PATH)" >&2; exit 3; }
case "$(go version)" in
  *go1.26.*) ;;
  *) echo "lab build: need Go 1.26.x, have: $(go version)" >&2; exit 3 ;;
esac
export GOTOOLCHAIN=local CGO_ENABLED=0 GOFLAGS="-p=$(nproc) -buildvcs=false"
mkdir -p "$BIN"
work=$(mktemp -d)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
cd "$work"

t0=$(date +%s)
GOBIN=$BIN go install -trimpath -tags "$TS_TAGS" \
  -ldflags="-s -w -X tailscale.com/version.longStamp=$TS_VERSION -X tailscale.com/version.shortStamp=$TS_VERSION" \
  "tailscale.com/cmd/tailscaled@v$TS_VERSION" "tailscale.com/cmd/tailscale@v$TS_VERSION"
t1=$(date +%s)
# `go install headscale@v…` asks the proxy for the module's version list (for deprecation notices),
# which the proxy refuses here; an exact-version download is served, so build from that copy.
dir=$(go mod download -json "github.com/juanfont/headscale@v$HS_VERSION" | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p')
[ -n "$dir" ] || { echo "lab build: headscale v$HS_VERSION not downloadable" >&2; exit 3; }
cp -r "$dir" hs && chmod -R u+w hs
(cd hs && go build -trimpath -ldflags='-s -w' -o "$BIN/headscale" ./cmd/headscale)
t2=$(date +%s)
echo "$stamp" > "$CACHE/build.stamp"
echo "lab daemons built in $BIN: tailscale(d) $((t1 - t0)) s, headscale $((t2 - t1)) s"
ls -l "$BIN"
