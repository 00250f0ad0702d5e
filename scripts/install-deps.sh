#!/usr/bin/env bash
# Installs the Debian 12 packages CareHouse needs to build, test and run.
# Uses sudo only when not already root; skips apt entirely when everything is present.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev libqt6opengl6-dev libqt6svg6-dev qt6-qpa-plugins libgl-dev
  clang-format catch2 libfmt-dev nlohmann-json3-dev libsodium-dev libsqlite3-dev sqlite3
  xvfb xauth poppler-utils fonts-dejavu-core fonts-noto-core
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

as_root=()
if [ "$(id -u)" -ne 0 ]; then as_root=(sudo); fi
echo "Installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
