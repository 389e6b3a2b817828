# Shared helpers for the scripts in this folder. Source it; do not run it.
# shellcheck shell=bash

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export REPO_ROOT

STAMP="$REPO_ROOT/target/.dist-built"

# True when the distributions are missing or a source or pom changed since the last build.
# (A stamp, not the jars' times: the jar plugin leaves an unchanged jar untouched.)
needs_build() {
  [ -f "$STAMP" ] || return 0
  ls "$REPO_ROOT"/service/target/dist/lib/bridge-link-service-*.jar >/dev/null 2>&1 || return 0
  ls "$REPO_ROOT"/tray/target/dist/lib/bridge-link-tray-*.jar >/dev/null 2>&1 || return 0
  [ -n "$(find "$REPO_ROOT" -path "$REPO_ROOT/.git" -prune -o \
      \( -name pom.xml -o -path '*/src/main/*' \) -newer "$STAMP" -print -quit 2>/dev/null)" ]
}

# Builds the service and tray distributions (no tests) when a source changed since the last build.
ensure_built() {
  if needs_build; then
    echo "bridge-link: building (mvn package, tests skipped)..." >&2
    mkdir -p "$REPO_ROOT/target"
    local started="$REPO_ROOT/target/.dist-building"
    touch "$started"
    (cd "$REPO_ROOT" && mvn -B -q -Dstyle.color=never -DskipTests package) >&2 \
      || { echo "bridge-link: the build failed; run 'mvn -B package' in $REPO_ROOT to see why." >&2; exit 70; }
    mv "$started" "$STAMP"
  fi
}

java_cmd() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then echo "$JAVA_HOME/bin/java"; else echo java; fi
}

# The service's JVM options (service/src/main/dist/service-jvm.options) on one line, comments dropped.
service_jvm_options() {
  sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' "$REPO_ROOT/service/src/main/dist/service-jvm.options" | paste -sd' ' -
}
