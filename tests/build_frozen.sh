#!/usr/bin/env bash
# Build the frozen wizard with build.spec, run its --self-test offscreen inside a private D-Bus
# session with an unlocked gnome-keyring (so the keyring check is real), then compile the NSIS
# installer script against the Linux build output, which checks the script's syntax and file list.
# .ci/run calls this after tests/run.sh, which installed the venv (with PyInstaller, from the
# `test` extra) and the Debian packages: dbus, gnome-keyring and nsis (makensis).
#
# Usage: bash tests/build_frozen.sh
set -euo pipefail
cd "$(dirname "$0")/.."

python=.venv/bin/python
name=salariskoppeling-wizard
dist="$PWD/dist/$name"
started=$SECONDS
step() { echo "== $1 ($((SECONDS - started)) s)"; }

for tool in makensis dbus-daemon gnome-keyring-daemon; do
  command -v "$tool" >/dev/null || {
    echo "build_frozen: $tool not found; apt-get install nsis dbus gnome-keyring" >&2
    exit 2
  }
done

step "PyInstaller: build.spec"
"$python" -m PyInstaller --noconfirm --clean --log-level WARN build.spec
[ -x "$dist/$name" ] || { echo "build_frozen: $dist/$name was not built" >&2; exit 1; }

step "frozen --self-test, offscreen, with a real Secret Service"
report="$(mktemp)"
trap 'rm -f "$report"' EXIT
status=0
bash tests/secret_service_session.sh env QT_QPA_PLATFORM=offscreen "$dist/$name" --self-test \
  >"$report" 2>&1 || status=$?
cat "$report"
if [ "$status" -ne 0 ]; then
  echo "build_frozen: the frozen self-test failed (exit $status)" >&2
  exit 1
fi
# The session runs gnome-keyring, so "no keyring here" would be a packaging fault, not a pass.
grep -q '^PASS  keyring .*Secret Service' "$report" || {
  echo "build_frozen: the frozen build did not use the Secret Service" >&2
  exit 1
}

step "makensis: the installer script against the Linux build"
version="$("$python" -c 'import wizard; print(wizard.__version__)')"
# Windows-only parts still compile: only the program's file name differs, and compression is off
# because the point is the script and its file list, not a usable Linux "setup.exe".
mkdir -p build/installer-check
makensis -V2 -WX \
  -DAPP_VERSION="$version" \
  -DDIST_DIR="$dist" \
  -DAPP_EXE="$name" \
  -DCOMPRESSION=off \
  -DOUT_FILE="$PWD/build/installer-check/$name-$version-setup.exe" \
  resources/installer/$name.nsi
rm -rf build/installer-check

step "done"
