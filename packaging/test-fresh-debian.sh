#!/usr/bin/env bash
# test-fresh-debian.sh [run|test|both|cache] | exec 'COMMAND': proves the README's two set-up commands on a pristine
# Debian 12 (exec: runs any command the same way, in a fresh root with a clone of HEAD in /src).
#
# A minimal bookworm (debootstrap --variant=minbase) is made once and kept as a tarball in the cache folder
# (VR_FRESH_CACHE, default /var/cache/valuerank-fresh-debian). Each command then gets its own fresh copy of that
# root, a clone of this repository's HEAD (committed work only, as CI sees it), and runs exactly as the README
# writes it, taken from the README itself:
#   run   the first command (install, build, open the workbench on the demo). With no display it runs under
#         xvfb-run, as the README says, with --screenshot so the window renders the demo and quits; the PNG must
#         exist.
#   test  the second command (install, build, run every test).
# Needs root (chroot, mounts) and debootstrap; the Debian mirror is the one this machine's apt uses.
# Prints the time of each step. Exit status: non-zero when any command fails.
set -euo pipefail

what="${1:-both}"
here="$(cd "$(dirname "$0")/.." && pwd)"
cache="${VR_FRESH_CACHE:-/var/cache/valuerank-fresh-debian}"
work="${VR_FRESH_WORK:-$(mktemp -d /var/tmp/vr-fresh.XXXXXX)}"
[ "$(id -u)" -eq 0 ] || { echo "test-fresh-debian: needs root (chroot)"; exit 2; }
command -v debootstrap >/dev/null || { apt-get update -qq && apt-get install -y -qq debootstrap; }

mirror="$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)"
[ -n "$mirror" ] || mirror="$(awk '/^deb / {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)"
[ -n "$mirror" ] || { echo "test-fresh-debian: no Debian mirror in this machine's apt sources"; exit 2; }

seconds() { date +%s; }
mkdir -p "$cache"
if [ ! -s "$cache/bookworm-minbase.tar" ]; then
  echo "== debootstrap bookworm (minbase) into the cache"
  start=$(seconds)
  rm -rf "$cache/root"
  debootstrap --variant=minbase bookworm "$cache/root" "$mirror" > "$cache/debootstrap.log" 2>&1 \
    || { tail -20 "$cache/debootstrap.log"; exit 1; }
  printf 'deb %s bookworm main\ndeb %s bookworm-updates main\n' "$mirror" "$mirror" > "$cache/root/etc/apt/sources.list"
  tar -C "$cache/root" -cf "$cache/bookworm-minbase.tar.part" . && mv "$cache/bookworm-minbase.tar.part" "$cache/bookworm-minbase.tar"
  rm -rf "$cache/root"
  echo "   $(( $(seconds) - start )) s"
fi

[ "$what" = cache ] && { echo "test-fresh-debian: cache ready in $cache"; rmdir "$work" 2>/dev/null; exit 0; }

# The README's first two ```sh blocks, one line each.
readme_command() { awk -v want="$1" '/^```sh$/ {n++; next} /^```$/ {next} n == want {print; exit}' "$here/README.md"; }
run_command="$(readme_command 1)"
test_command="$(readme_command 2)"
[ -n "$run_command" ] && [ -n "$test_command" ] || { echo "test-fresh-debian: README commands not found"; exit 2; }
# "On a machine without a display, put xvfb-run -a before the last part": the workbench, told to render and quit.
run_headless="${run_command% && *} && xvfb-run -a ${run_command##* && } --screenshot /tmp/fresh-demo.png"

mounted=()
cleanup() {
  for ((i=${#mounted[@]}-1; i>=0; i--)); do umount -l "${mounted[$i]}" 2>/dev/null || true; done
  # Never delete through a mount that is still there (it would reach the host's /dev or /sys).
  if grep -q " $work/" /proc/mounts; then echo "test-fresh-debian: mounts left under $work, not deleting it"; return; fi
  [ -n "${VR_FRESH_KEEP:-}" ] || rm -rf "$work"
}
trap cleanup EXIT

in_fresh_root() {  # NAME COMMAND: a fresh root, a clone of HEAD in /src, COMMAND run there as root
  local name="$1" cmd="$2" root="$work/$1"
  mkdir -p "$root"
  tar -C "$root" -xf "$cache/bookworm-minbase.tar"
  git clone -q --no-hardlinks "$here" "$root/src"
  cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
  # Every machine of this workplace trusts its network's TLS authority (npm's registry is reached through it);
  # that is the machine's setting, not a project install step, so the fresh root gets the host's.
  if ls /usr/local/share/ca-certificates/*.crt >/dev/null 2>&1; then
    mkdir -p "$root/usr/local/share/ca-certificates" "$root/etc/ssl/certs"
    cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/"
    cat /usr/local/share/ca-certificates/*.crt > "$root/etc/ssl/certs/workplace-extra-ca.crt"
  fi
  for m in proc sys dev dev/pts; do
    mount --bind "/$m" "$root/$m"; mounted+=("$root/$m")
  done
  echo "== $name: $cmd"
  local start status
  start=$(seconds)
  set +e
  local extra_ca=()
  [ ! -f "$root/etc/ssl/certs/workplace-extra-ca.crt" ] || extra_ca=(NODE_EXTRA_CA_CERTS=/etc/ssl/certs/workplace-extra-ca.crt)
  chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 CI=true "${extra_ca[@]}" \
    bash -c "cd /src && $cmd" > "$work/$name.log" 2>&1
  status=$?
  set -e
  echo "   $name: exit $status in $(( $(seconds) - start )) s (log: $work/$name.log)"
  if [ "$status" -ne 0 ]; then tail -40 "$work/$name.log"; return 1; fi
}

failed=0
if [ "$what" = exec ]; then
  in_fresh_root exec "${2:?exec needs a command}" || failed=1
  [ "$failed" -eq 0 ] || echo "FAIL exec"
  [ "$failed" -eq 0 ] && tail -20 "$work/exec.log"
  exit "$failed"
fi
if [ "$what" = run ] || [ "$what" = both ]; then
  if in_fresh_root run "$run_headless" && [ -s "$work/run/tmp/fresh-demo.png" ]; then
    echo "   run: the workbench rendered the demo ($(stat -c %s "$work/run/tmp/fresh-demo.png") bytes of PNG)"
  else
    echo "FAIL run"; failed=1
  fi
fi
if [ "$what" = test ] || [ "$what" = both ]; then
  if in_fresh_root test "$test_command"; then
    grep -E 'tests passed|passed, .* failed|fuzz ok' "$work/test.log" | tail -12 || true
  else
    echo "FAIL test"; failed=1
  fi
fi
[ "$failed" -eq 0 ] && echo "test-fresh-debian: both README commands passed on a pristine bookworm"
exit "$failed"
