#!/usr/bin/env bash
# Install Debian packages that are not installed yet: `apt-get update` first, as root directly
# or through sudo. Shared by the README's start command and tests/run.sh.
# Usage: bash tests/debian_packages.sh [--desktop] [PACKAGE...]
#   --desktop  the packages the wizard's window needs on a desktop (Qt's xcb platform, a font)
set -euo pipefail

# Qt's xcb platform plugin needs these on a minimal Debian; without a font Qt draws no text.
DESKTOP_PACKAGES=(
  python3-venv
  libegl1 libgl1 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3 libxkbcommon0
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libx11-xcb1
  fonts-dejavu-core
)

wanted=()
for argument in "$@"; do
  if [ "$argument" = "--desktop" ]; then
    wanted+=("${DESKTOP_PACKAGES[@]}")
  else
    wanted+=("$argument")
  fi
done

missing=()
for package in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done
if ((${#missing[@]} == 0)); then
  exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "These Debian packages are missing: ${missing[*]}" >&2
    echo "Run this command as root, or install sudo, to install them." >&2
    exit 1
  fi
  as_root=(sudo)
fi
# A fresh machine has no package lists yet: without this, "Unable to locate package".
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
