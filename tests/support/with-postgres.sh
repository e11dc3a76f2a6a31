#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
# SPDX-License-Identifier: LicenseRef-Proprietary
#
# with-postgres.sh COMMAND...: starts a throw-away PostgreSQL cluster (temp dir, 127.0.0.1, a free
# port, password authentication), runs COMMAND with BRIDGE_TEST_PG_{HOST,PORT,USER,PASSWORD}
# exported, then stops the cluster and deletes it. Exits with COMMAND's status.
set -euo pipefail

pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [[ -z "$pgbin" || ! -x "$pgbin/initdb" ]]; then
    echo "with-postgres.sh: PostgreSQL server binaries not found; run installer/deps.sh --with-test" >&2
    exit 1
fi

tmp=$(mktemp -d /tmp/bridge-pg.XXXXXX)
as_postgres() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}
cleanup() {
    as_postgres "$pgbin/pg_ctl" -D "$tmp/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$tmp"
}
trap cleanup EXIT

password=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
printf '%s\n' "$password" >"$tmp/pwfile"
chmod 755 "$tmp"
if [[ $(id -u) -eq 0 ]]; then
    chown postgres "$tmp" "$tmp/pwfile"
fi
as_postgres "$pgbin/initdb" -D "$tmp/data" -U bridge --pwfile="$tmp/pwfile" --auth=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 >"$tmp/initdb.log" 2>&1 || { cat "$tmp/initdb.log" >&2; exit 1; }

started=0
for attempt in 1 2 3 4 5 6 7 8; do
    port=$((20000 + (RANDOM % 20000)))
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        continue # something listens there already
    fi
    if as_postgres "$pgbin/pg_ctl" -D "$tmp/data" -l "$tmp/server.log" -w -t 30 \
        -o "-p $port -k $tmp -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null; then
        started=1
        break
    fi
done
if [[ $started -ne 1 ]]; then
    echo "with-postgres.sh: PostgreSQL did not start:" >&2
    cat "$tmp/server.log" >&2 || true
    exit 1
fi

export BRIDGE_TEST_PG_HOST=127.0.0.1 BRIDGE_TEST_PG_PORT=$port BRIDGE_TEST_PG_USER=bridge
export BRIDGE_TEST_PG_PASSWORD=$password
set +e
"$@"
status=$?
set -e
if [[ $status -ne 0 ]]; then
    echo "with-postgres.sh: the test failed (exit $status); last lines of the PostgreSQL server log:" >&2
    tail -n 30 "$tmp/server.log" >&2 || true
fi
exit $status
