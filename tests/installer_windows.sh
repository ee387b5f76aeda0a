#!/usr/bin/env bash
# The installer scenarios of tests/installer_scenarios.sh on a real Windows machine, under Git
# Bash: the release workflow runs this after building (and signing) the installer, so Windows
# runs exactly the checks that tests/installer_wine.sh runs under Wine in Linux CI. Installs into
# the current user's profile: run it on a throw-away machine such as a CI runner.
#
# Usage: bash tests/installer_windows.sh PATH\TO\salariskoppeling-wizard-<version>-setup.exe
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 1 ] || {
  echo "usage: bash tests/installer_windows.sh SETUP.EXE" >&2
  exit 2
}
# Git Bash would turn arguments that look like POSIX paths (/S, /REMOVEDATA, /v) into paths.
export MSYS_NO_PATHCONV=1 MSYS2_ARG_CONV_EXCL="*"

name=salariskoppeling-wizard
release_setup="$(cygpath -u "$1")"
version="$(python -c 'import wizard; print(wizard.__version__)')"
DIST_DIR="$PWD/dist/$name"
BUILT_PROGRAM="$DIST_DIR/$name.exe"
LOCAL_APPDATA="$(cygpath -u "$LOCALAPPDATA")"
ROAMING_APPDATA="$(cygpath -u "$APPDATA")"
SCRATCH="$(mktemp -d)"
trap 'rm -rf "$SCRATCH"' EXIT

# ----- the platform layer tests/installer_scenarios.sh expects ---------------------------------

run_program() { "$@"; }

# The uninstaller copies itself to %TEMP%\~nsu*.tmp and returns at once; wait for that copy.
wait_for_uninstaller() {
  powershell.exe -NoProfile -NonInteractive -Command '
    $deadline = (Get-Date).AddSeconds(180)
    while (Get-Process | Where-Object { $_.Path -like "*\~nsu*.tmp\*" }) {
      if ((Get-Date) -gt $deadline) { Write-Error "the uninstaller did not finish"; exit 1 }
      Start-Sleep -Milliseconds 250
    }'
}

windows_path() { cygpath -w "$1"; }

UNINSTALL_KEY='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\SalariskoppelingWizard'

registry_value() {
  local output
  output="$(reg query "$UNINSTALL_KEY" /v "$1" 2>/dev/null | tr -d '\r')" || return 1
  sed -n "s/^ *$1  *REG_[A-Z_]*  *//p" <<<"$output" | grep .
}

registry_key_exists() { reg query "$UNINSTALL_KEY" >/dev/null 2>&1; }

# makensis on Windows takes /-options (the scenarios pass -DNAME=value: turned into /DNAME=value).
compile_installer() { # VERSION OUT [DEFINES...]
  local defines=("${@:3}")
  makensis /V2 /WX "/DAPP_VERSION=$1" "/DDIST_DIR=$(cygpath -w "$DIST_DIR")" \
    "/DOUT_FILE=$(cygpath -w "$2")" "${defines[@]/#-D//D}" "resources\\installer\\$name.nsi"
}

compile_credentials_tool() {
  makensis /V2 /WX "/DOUT_FILE=$(cygpath -w "$1")" "tests\\installer\\credentials.nsi"
}

# shellcheck source=tests/installer_scenarios.sh
source tests/installer_scenarios.sh

run_installer_scenarios "$release_setup" "$version"
