#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Promissa developers
#
# A throw-away PostgreSQL server for the tracker tests (a CTest fixture).
#
#   postgres.sh start URL_FILE   initdb in a fresh folder under /tmp, start the
#                                server on a Unix socket in that folder only,
#                                create the database, write its URL to URL_FILE
#   postgres.sh stop URL_FILE    stop the server, remove the folder and URL_FILE
#
# Runs the server as "postgres" (runuser) when started as root, since
# PostgreSQL refuses to run as root.
set -eu

action=${1:-}
url_file=${2:-}
[ -n "$action" ] && [ -n "$url_file" ] || { echo "usage: $0 start|stop URL_FILE" >&2; exit 2; }
state_file=$url_file.folder

bin=
for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/pg_ctl" ] && bin=$dir # the glob sorts, so the newest version wins
done
if [ -z "$bin" ]; then
    pg_ctl_path=$(command -v pg_ctl || true)
    [ -n "$pg_ctl_path" ] && bin=$(dirname "$pg_ctl_path")
fi
[ -n "$bin" ] || { echo "postgres.sh: no PostgreSQL server found (pg_ctl in /usr/lib/postgresql/*/bin or on PATH)" >&2; exit 1; }

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case $action in
start)
    if [ -f "$state_file" ]; then
        # A run that died before its cleanup: stop that server first.
        "$0" stop "$url_file" || true
    fi
    folder=$(mktemp -d /tmp/promissa-pg.XXXXXX)
    [ "$(id -u)" -eq 0 ] && chown postgres "$folder"
    as_owner "$bin/initdb" --pgdata="$folder/data" --auth=trust --username=postgres \
        --encoding=UTF8 --locale=C.UTF-8 >"$folder/initdb.log" 2>&1 \
        || { cat "$folder/initdb.log" >&2; exit 1; }
    # No TCP at all: the socket in the private folder is the only way in.
    as_owner "$bin/pg_ctl" --pgdata="$folder/data" --log="$folder/server.log" --wait \
        -o "-c listen_addresses='' -k $folder -c fsync=off -c max_connections=50" start >/dev/null \
        || { cat "$folder/server.log" >&2; exit 1; }
    as_owner "$bin/createdb" --host="$folder" --username=postgres promissa_test
    echo "$folder" >"$state_file"
    echo "postgresql://postgres@/promissa_test?host=$folder" >"$url_file"
    echo "postgres.sh: $("$bin/postgres" --version) on $folder"
    ;;
stop)
    [ -f "$state_file" ] || { echo "postgres.sh: nothing to stop"; exit 0; }
    folder=$(cat "$state_file")
    if [ -d "$folder/data" ]; then
        as_owner "$bin/pg_ctl" --pgdata="$folder/data" --mode=fast --wait stop >/dev/null || true
    fi
    case $folder in
    /tmp/promissa-pg.*) rm -rf "$folder" ;;
    esac
    rm -f "$state_file" "$url_file"
    ;;
*)
    echo "usage: $0 start|stop URL_FILE" >&2
    exit 2
    ;;
esac
