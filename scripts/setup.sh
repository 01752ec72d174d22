#!/usr/bin/env bash
# Installs what building, testing and the demo need on Debian 12, if missing. Idempotent.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config clang-format git clang libclang-rt-14-dev
  qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-charts-dev libqt6opengl6-dev
  qtkeychain-qt6-dev libgl1-mesa-dev
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n fonts-wqy-microhei
  qt6-httpserver-dev libqt6sql6-sqlite
  janus mmdebstrap nftables iproute2 tshark prometheus openssl
  xvfb xauth fonts-dejavu-core desktop-file-utils appstream dpkg-dev file
)
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "setup: run as root or install: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
  fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -q
  $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# Debian starts a system-wide Janus on 8188/7188 where systemd runs; the tests never use
# those ports, so it can stay.
echo "setup: all build and test dependencies present"
