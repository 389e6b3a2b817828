#!/usr/bin/env bash
# PowerShell syntax check without PowerShell: every *.ps1 in the repository (the firewall scripts,
# the tray launcher, fixtures) is parsed with the tree-sitter PowerShell grammar (tools/ps-syntax, WebAssembly);
# any ERROR/MISSING node or an encoding Windows PowerShell 5.1 would misread fails the build. The
# checker first proves it can fail (a broken fixture must fail on the right lines) and pass (a
# fixture with the constructs our scripts use). Needs node + npm and the npm registry for the first
# `npm ci`; fails loudly, never skips, when it cannot run.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
cd "$REPO_ROOT"

TOOL="$REPO_ROOT/tools/ps-syntax"
fail() {
  echo "powershell check FAILED: $*" >&2
  exit 1
}

command -v node >/dev/null || fail "node is not installed (apt-get install nodejs npm; .ci/run does this)"
command -v npm >/dev/null || fail "npm is not installed (apt-get install nodejs npm; .ci/run does this)"

# npm ci only when the lock file or node changed since the last install (npm ci wipes node_modules).
# --ignore-scripts: the checker uses the grammar's WebAssembly on web-tree-sitter, nothing native, so
# no install script needs to run (the grammar's own one would try to compile when its prebuilt addon
# does not load, which needs a compiler and Node headers).
stamp="$TOOL/node_modules/.ps-syntax-installed"
want="$(sha256sum "$TOOL/package-lock.json" | cut -d' ' -f1) node-$(node --version)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "powershell: npm ci in tools/ps-syntax" >&2
  (cd "$TOOL" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) >&2 \
    || fail "npm ci in tools/ps-syntax failed (it needs the npm registry the first time)"
  echo "$want" >"$stamp"
fi

check() { node "$TOOL/check.js" "$@"; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# 1. The checker can fail: the broken fixture exits 1 with an error on the bad param line (8) and
# one for the unclosed brace (reported where the file ends without it, line 17 or 18).
set +e
check tools/ps-syntax/fixtures/broken.ps1 >"$work/broken.out" 2>&1
status=$?
set -e
if [ "$status" -ne 1 ] \
   || ! grep -q '^tools/ps-syntax/fixtures/broken.ps1:8:[0-9]*: syntax error near' "$work/broken.out" \
   || ! grep -Eq "^tools/ps-syntax/fixtures/broken.ps1:1[78]:[0-9]+: syntax error .*missing '\}'" "$work/broken.out"; then
  cat "$work/broken.out" >&2
  fail "the broken fixture was not rejected as expected (exit $status, want 1 with errors on line 8 and a missing '}')"
fi

# 2. Encoding: a UTF-16 file and a BOM-less file with a non-ASCII dash are flagged; the same dash
# after a UTF-8 BOM is fine.
printf '\xff\xfe' >"$work/utf16.ps1" && printf "Write-Output 'x'\r\n" | iconv -f UTF-8 -t UTF-16LE >>"$work/utf16.ps1"
printf "Write-Output 'a \xe2\x80\x94 b'\n" >"$work/dash-nobom.ps1"
printf "\xef\xbb\xbfWrite-Output 'a \xe2\x80\x94 b'\n" >"$work/dash-bom.ps1"
set +e
check "$work/utf16.ps1" "$work/dash-nobom.ps1" "$work/dash-bom.ps1" >"$work/enc.out" 2>&1
status=$?
set -e
if [ "$status" -ne 1 ] || ! grep -q "utf16.ps1:1:1: encoding: file is UTF-16 LE" "$work/enc.out" \
   || ! grep -q "dash-nobom.ps1:1:1: encoding: non-ASCII text in a file without a UTF-8 BOM" "$work/enc.out" \
   || ! grep -qx "OK $work/dash-bom.ps1" "$work/enc.out"; then
  cat "$work/enc.out" >&2
  fail "encoding problems were not reported as expected (exit $status)"
fi

# 3. Embedded PowerShell: everything we run is a .ps1 started with -File. Script text passed with
# -Command/-EncodedCommand (from the MSI or Java) would escape this check, so it is refused here;
# extract it into a .ps1 instead.
inline_re='(^|[[:space:]"'"'"'])-(encoded)?command([^a-z]|$)'
embedded="$(grep -rlIi --exclude-dir=target --exclude-dir=node_modules powershell \
    installer/src service/src/main tray/src/main ipc/src/main 2>/dev/null \
  | xargs -r grep -nIiE -- "$inline_re" || true)"
[ -z "$embedded" ] || fail "PowerShell script text passed inline (-Command); move it into a checked .ps1:
$embedded"

# 4. Everything we ship, plus the valid-constructs fixture. find, not git ls-files: a new script is
# checked before it is committed.
mapfile -t scripts < <(find . \( -name target -o -name node_modules -o -name .git \) -prune -o \
  -type f -iname '*.ps1' ! -path './tools/ps-syntax/fixtures/broken.ps1' -print | sort)
[ "${#scripts[@]}" -ge 6 ] || fail "expected at least 6 .ps1 files (5 shipped + 1 fixture), found ${#scripts[@]}"
check "${scripts[@]}" || fail "syntax errors in the PowerShell scripts above"
echo "powershell: ${#scripts[@]} scripts parse (tree-sitter-powershell); broken fixture and bad encodings rejected"
