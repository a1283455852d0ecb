#!/usr/bin/env bash
# Runs a command against a real Secret Service: a private D-Bus session (dbus-run-session) with gnome-keyring's
# secrets component started in it and its default "login" collection unlocked, in a fresh home directory, so no
# real user keyring, setting or file is read or touched. Fails — never skips — when a piece is missing:
# bash packaging/install-deps.sh installs dbus-daemon, gnome-keyring, libsecret-1-0 and libsecret-tools.
# Usage: run_with_keyring.sh COMMAND [ARG...]
set -euo pipefail
missing=0
for tool in dbus-run-session gnome-keyring-daemon secret-tool; do
  if ! command -v "$tool" > /dev/null; then
    echo "run_with_keyring: $tool is missing (bash packaging/install-deps.sh installs it)" >&2
    missing=1
  fi
done
[ "$missing" -eq 0 ] || exit 1

home=$(mktemp -d "${TMPDIR:-/tmp}/vr-keyring.XXXXXX")
trap 'rm -rf "$home" 2> /dev/null || true' EXIT
mkdir -m 700 "$home/runtime" "$home/tmp"
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache" \
       XDG_RUNTIME_DIR="$home/runtime" TMPDIR="$home/tmp"
# Nothing of the caller's session may leak in: its bus, its keyring, or a desktop that would make QtKeychain
# choose KWallet.
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL SSH_AUTH_SOCK DISPLAY WAYLAND_DISPLAY \
      XDG_CURRENT_DESKTOP XDG_SESSION_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION KDE_SESSION_VERSION
cd "$home"

status=0
dbus-run-session -- bash -c '
  set -euo pipefail
  # --unlock creates the "login" collection with this password, makes it the default and unlocks it.
  echo -n vr-test-keyring | gnome-keyring-daemon --unlock --components=secrets --daemonize > /dev/null
  # The default collection takes an item and gives it back without asking anyone.
  echo -n canary | secret-tool store --label="ValueRank test canary" vr-keyring-check canary
  if [ "$(secret-tool lookup vr-keyring-check canary)" != canary ]; then
    echo "run_with_keyring: the login keyring of the private session does not keep secrets" >&2
    exit 1
  fi
  secret-tool clear vr-keyring-check canary
  export VR_PRIVATE_KEYRING="$HOME"
  "$@"' run_with_keyring "$@" || status=$?
exit "$status"
