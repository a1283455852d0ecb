#!/usr/bin/env bash
# Installs, with apt, only the Debian 12 packages that building and testing ValueRank Workbench need and
# that are not installed yet. Idempotent: a second run installs nothing. Works as root or through sudo.
set -euo pipefail

PACKAGES=(
  cmake g++ ninja-build pkg-config
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite qt6-svg-dev
  qt6-translations-l10n
  nlohmann-json3-dev libsimdjson-dev libboost-math-dev libyaml-cpp-dev qtkeychain-qt6-dev
  xvfb xauth fonts-dejavu-core python3 shared-mime-info
  dbus-daemon gnome-keyring libsecret-1-0 libsecret-tools
  clang libclang-rt-14-dev dpkg-dev file valgrind
)

missing=()
for pkg in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages already installed"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
