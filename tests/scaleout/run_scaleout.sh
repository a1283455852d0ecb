#!/usr/bin/env bash
# run_scaleout.sh [BUILD_DIR]: pg-boss on a private PostgreSQL drives the workers of BUILD_DIR/bin across
# processes (see scaleout.mjs for what is run and checked). Installs what it needs (Debian's postgresql, Node.js
# and npm when missing; pg-boss and pg from npm, pinned by package-lock.json), starts PostgreSQL in a temporary
# folder on a free loopback port (as the postgres user when run as root) and stops it whatever happens.
# Fails loudly when PostgreSQL cannot start: it never skips.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="$(cd "${1:-$here/../../build}" && pwd)"
start=$(date +%s)

need=()
[ -n "$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null)" ] || need+=(postgresql)
command -v node >/dev/null || need+=(nodejs)
command -v npm >/dev/null || need+=(npm)
if [ ${#need[@]} -gt 0 ]; then
  echo "scaleout: installing ${need[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
pgbin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"

work="$(mktemp -d /tmp/vr-scaleout.XXXXXX)"
chmod 755 "$work"
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  as_postgres "$pgbin/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# pg-boss and pg, exactly as locked, outside the source tree.
cp "$here/package.json" "$here/package-lock.json" "$here/consumer.mjs" "$here/scaleout.mjs" "$work/"
(cd "$work" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mkdir "$work/pg"
[ "$(id -u)" -ne 0 ] || chown postgres "$work/pg"
as_postgres "$pgbin/initdb" -D "$work/pg" -A trust -U vr --no-sync >/dev/null
if ! as_postgres "$pgbin/pg_ctl" -D "$work/pg" -l "$work/pg/server.log" -w -t 30 \
     -o "-p $port -h 127.0.0.1 -k $work/pg -c fsync=off -c max_connections=100" start >/dev/null; then
  echo "scaleout: FAIL: PostgreSQL did not start"; cat "$work/pg/server.log" || true; exit 1
fi

export VALUERANK_RETRY_DELAY_SCALE=0 VALUERANK_LOG_LEVEL=error
node "$work/scaleout.mjs" "postgres://vr@127.0.0.1:$port/postgres" "$build/bin"
echo "scaleout: the whole test took $(( $(date +%s) - start )) s"
