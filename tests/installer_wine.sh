#!/usr/bin/env bash
# Run the real installer under Wine: compile it as released, then install silently, upgrade in
# place, uninstall keeping the clerk's data and uninstall with /REMOVEDATA, with the Credential
# Manager seeded and read back through the real API (tests/installer_scenarios.sh holds the
# scenarios; the Windows release workflow runs the same ones through tests/installer_windows.sh).
# .ci/run calls this after tests/build_frozen.sh. Installs Debian's wine64 when it is missing.
#
# What this proves is the installer's mechanics on Wine's Windows API. The payload is the Linux
# build (PyInstaller does not cross-compile) with its program under the Windows name
# salariskoppeling-wizard.exe, so the program is never started here. Wine does not prove
# anything about SmartScreen, Authenticode signatures, Defender or a real user profile: the
# release workflow runs the same scenarios on Windows.
#
# Usage: bash tests/installer_wine.sh        (KEEP_WINE_WORK=1 keeps the temporary folder)
set -euo pipefail
cd "$(dirname "$0")/.."

python=.venv/bin/python
name=salariskoppeling-wizard
built="$PWD/dist/$name"
started=$SECONDS
step() { echo "== $1 ($((SECONDS - started)) s)"; }

[ -x "$built/$name" ] || {
  echo "installer_wine: $built/$name not found; run tests/build_frozen.sh first" >&2
  exit 2
}
command -v makensis >/dev/null || {
  echo "installer_wine: makensis not found; apt-get install nsis" >&2
  exit 2
}

find_wine() {
  wine="" wineserver=""
  if [ -x /usr/lib/wine/wine64 ]; then # Debian's wine64 package, without the `wine` wrapper
    wine=/usr/lib/wine/wine64
    wineserver=/usr/lib/wine/wineserver64
  elif command -v wine64 >/dev/null && command -v wineserver >/dev/null; then
    wine="$(command -v wine64)"
    wineserver="$(command -v wineserver)"
  fi
  [ -n "$wine" ] && [ -x "$wineserver" ]
}

if ! find_wine; then
  step "apt-get install wine64"
  sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends \
    wine64 >/dev/null
  find_wine || {
    echo "installer_wine: wine64 is still missing after apt-get install" >&2
    exit 2
  }
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/installer-wine.XXXXXX")"
export WINEPREFIX="$work/prefix"
# Headless and quiet: no debug channels, no Mono or Gecko download prompts, and no menu entries
# written into the host's ~/.local by winemenubuilder.
export WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml,winemenubuilder.exe="
unset DISPLAY WAYLAND_DISPLAY

finish() {
  local status=$?
  # Ends this prefix's wineserver and every program still running in it.
  "$wineserver" -k 2>/dev/null || true
  "$wineserver" -w 2>/dev/null || true
  if [ "${KEEP_WINE_WORK:-0}" = 1 ]; then
    echo "installer_wine: kept $work" >&2
  else
    rm -rf "$work"
  fi
  exit "$status"
}
trap finish EXIT

# ----- the platform layer tests/installer_scenarios.sh expects ---------------------------------

run_program() { "$wine" "$@" </dev/null; }

# The uninstaller copies itself to %TEMP% and returns at once; the copy does the work. Waiting
# for the prefix's wineserver to end waits for every program in the prefix.
wait_for_uninstaller() { "$wineserver" -w; }

windows_path() { "$wine" winepath -w "$1" </dev/null | tr -d '\r'; }

UNINSTALL_KEY='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\SalariskoppelingWizard'

registry_value() {
  # Three tries: in a fresh prefix the first `reg` run has been seen to fail on its own
  # (once in many CI runs), while the value was there. A value that is missing fails all three.
  local output attempt
  for attempt in 1 2 3; do
    if output="$("$wine" reg query "$UNINSTALL_KEY" /v "$1" </dev/null 2>/dev/null | tr -d '\r')" \
      && sed -n "s/^ *$1  *REG_[A-Z_]*  *//p" <<<"$output" | grep .; then
      return 0
    fi
    [[ $attempt -lt 3 ]] && sleep 1
  done
  return 1
}

registry_key_exists() { "$wine" reg query "$UNINSTALL_KEY" </dev/null >/dev/null 2>&1; }

compile_installer() { # VERSION OUT [DEFINES...]
  makensis -V2 -WX "-DAPP_VERSION=$1" "-DDIST_DIR=$DIST_DIR" "-DOUT_FILE=$2" "${@:3}" \
    "resources/installer/$name.nsi"
}

compile_credentials_tool() { makensis -V2 -WX "-DOUT_FILE=$1" tests/installer/credentials.nsi; }

# shellcheck source=tests/installer_scenarios.sh
source tests/installer_scenarios.sh

# ----- run ---------------------------------------------------------------------------------------

step "stage the Linux build with the program under its Windows name"
DIST_DIR="$work/dist/$name"
mkdir -p "$DIST_DIR"
cp -a "$built/_internal" "$DIST_DIR/"
cp -a "$built/$name" "$DIST_DIR/$PROGRAM"
BUILT_PROGRAM="$built/$name"
SCRATCH="$work/scratch"
mkdir -p "$SCRATCH"

step "makensis: the installer as released (release compression)"
version="$("$python" -c 'import wizard; print(wizard.__version__)')"
release_setup="$work/$name-$version-setup.exe"
compile_started=$SECONDS
compile_installer "$version" "$release_setup"
size="$(stat -c %s "$release_setup")"
echo "installer: $(awk -v b="$size" 'BEGIN { printf "%.1f", b / 1048576 }') MiB ($size bytes)," \
  "compiled in $((SECONDS - compile_started)) s"

step "a fresh Wine prefix"
# Without wine32, wineboot reports that syswow64\rundll32.exe is missing: harmless here.
"$wine" wineboot --init </dev/null
"$wineserver" -w
windows_variable() { "$wine" cmd /c echo "%$1%" </dev/null | tr -d '\r'; }
LOCAL_APPDATA="$("$wine" winepath -u "$(windows_variable LOCALAPPDATA)")"
ROAMING_APPDATA="$("$wine" winepath -u "$(windows_variable APPDATA)")"
[ -d "$LOCAL_APPDATA" ] && [ -d "$ROAMING_APPDATA" ] || {
  echo "installer_wine: the prefix has no AppData folders" >&2
  exit 1
}

step "scenarios"
run_installer_scenarios "$release_setup" "$version"

step "done"
