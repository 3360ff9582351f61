#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests, from Debian's packages.
#
#   eval "$(.ci/pg_server.sh start)"   # prints export lines: QUOTETOOL_TEST_PG_URL, QUOTETOOL_TEST_PG_DIR
#   .ci/pg_server.sh stop "$QUOTETOOL_TEST_PG_DIR"
#
# initdb runs as the `postgres` user (when started as root) into a new temporary folder; the server listens on 127.0.0.1 only, on a
# free port, with password (scram) authentication for TCP, and its socket in that folder. `stop` stops it
# and removes the folder.
set -euo pipefail

pg_bin() {
    local dir
    for dir in /usr/lib/postgresql/*/bin; do
        if [ -x "$dir/initdb" ]; then echo "$dir"; return 0; fi
    done
    command -v initdb >/dev/null 2>&1 && dirname "$(command -v initdb)" && return 0
    echo "no PostgreSQL server found (apt-get install postgresql)" >&2
    return 1
}

as_postgres() {  # the server never runs as root: as root, it runs as the postgres user; else as oneself
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
    local bin dir port password
    bin=$(pg_bin)
    dir=$(mktemp -d /tmp/quotetool-pg.XXXXXX)
    chmod 755 "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    password=$(python3 -c 'import secrets; print(secrets.token_hex(12))')
    printf '%s\n' "$password" > "$dir/pwfile"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir/pwfile"
    as_postgres "$bin/initdb" -D "$dir/data" -U postgres --pwfile="$dir/pwfile" -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; return 1; }
    as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >/dev/null \
        || { cat "$dir/server.log" >&2; return 1; }
    echo "export QUOTETOOL_TEST_PG_DIR=$dir"
    echo "export QUOTETOOL_TEST_PG_URL=postgresql+psycopg://postgres:$password@127.0.0.1:$port/postgres"
}

stop() {
    local dir=${1:?usage: pg_server.sh stop DIR}
    local bin
    bin=$(pg_bin)
    if [ -d "$dir/data" ]; then
        as_postgres "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    case "$dir" in /tmp/quotetool-pg.*) rm -rf "$dir" ;; esac
}

case "${1:-}" in
    start) start ;;
    stop) stop "${2:-}" ;;
    *) echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
esac
