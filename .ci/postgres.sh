#!/usr/bin/env bash
# Starts a throw-away PostgreSQL cluster on a free loopback port and prints its JDBC URL on stdout:
#   export PARLEY_TEST_PG_URL="$(.ci/postgres.sh start)"   ...   .ci/postgres.sh stop
# Installs PostgreSQL with apt-get when it is absent (needs root). The cluster lives in
# ${PARLEY_PG_DIR:-/tmp/parley-pg}, owned by the unprivileged 'postgres' user (created if missing),
# trusts connections from 127.0.0.1 only, and is deleted by 'stop'.
set -euo pipefail
dir="${PARLEY_PG_DIR:-/tmp/parley-pg}"
cmd="${1:-start}"

log() { echo "postgres.sh: $*" >&2; }

bin_dir() {
  local initdb
  initdb="$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n1 || true)"
  [ -n "$initdb" ] && dirname "$initdb"
}

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
  start)
    if [ -z "$(bin_dir)" ]; then
      log "installing postgresql with apt-get"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq >&2 && apt-get install -y -qq postgresql >&2
    fi
    bin="$(bin_dir)"
    [ -n "$bin" ] || { log "no PostgreSQL server found after install"; exit 1; }
    if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
      useradd --system --home-dir "$dir" --shell /usr/sbin/nologin postgres
    fi
    if [ -f "$dir/port" ] && as_postgres "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
      port="$(cat "$dir/port")"
    else
      rm -rf "$dir"
      mkdir -p "$dir"
      [ "$(id -u)" = 0 ] && chown postgres "$dir"
      port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
      as_postgres "$bin/initdb" -D "$dir/data" -U parley -A trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
      as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off" start >/dev/null
      echo "$port" > "$dir/port"
    fi
    echo "jdbc:postgresql://127.0.0.1:$port/postgres?user=parley"
    ;;
  stop)
    bin="$(bin_dir)"
    if [ -n "$bin" ] && [ -d "$dir/data" ]; then
      as_postgres "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    fi
    rm -rf "$dir"
    ;;
  *)
    log "usage: $0 start|stop"; exit 2 ;;
esac
