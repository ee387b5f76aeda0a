#!/usr/bin/env bash
# Install everything the tests need on a fresh Debian machine (Python 3.11), then run them.
# Usage: bash tests/run.sh [pytest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

# Qt offscreen needs these libraries and a font; the Secret Service test needs dbus and
# gnome-keyring; tests/build_frozen.sh needs nsis (makensis); Debian's python3 needs python3-venv
# for `python3 -m venv`.
DEBIAN_PACKAGES=(
  python3-venv
  libegl1 libgl1 libxkbcommon0 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3
  fonts-dejavu-core
  dbus gnome-keyring
  poppler-utils
  nsis
)
bash tests/debian_packages.sh "${DEBIAN_PACKAGES[@]}"

python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'

.venv/bin/ruff check wizard tests
.venv/bin/ruff format --check wizard tests
.venv/bin/python -m tests.dead_code
export QT_QPA_PLATFORM=offscreen
.venv/bin/python -m pytest "$@"
