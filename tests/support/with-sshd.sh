#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
# SPDX-License-Identifier: LicenseRef-Proprietary
#
# with-sshd.sh COMMAND...: starts a throw-away OpenSSH server for the SFTP tests: a host key and a
# user key made by ssh-keygen in a temp dir, 127.0.0.1 on a free port, public-key login for the
# current user only, the internal SFTP server. Runs COMMAND with BRIDGE_TEST_SFTP_{HOST,PORT,USER,
# KEY,HOST_KEY,OTHER_KEY,DIR} exported (KEY: the user's private key file; HOST_KEY: the server's
# public key file; OTHER_KEY: a private key the server does not accept; DIR: a folder the test
# fills), then stops the server and deletes everything. Exits with COMMAND's status.
set -euo pipefail

sshd=$(command -v sshd || echo /usr/sbin/sshd)
if [[ ! -x "$sshd" ]] || ! command -v ssh-keygen >/dev/null; then
    echo "with-sshd.sh: sshd or ssh-keygen not found; run installer/deps.sh --with-test (openssh-server)" >&2
    exit 1
fi

tmp=$(mktemp -d /tmp/bridge-sshd.XXXXXX)
pid=
cleanup() {
    if [[ -n "$pid" ]]; then
        # Let the per-connection processes end first, so that sshd reaps them (orphans would be
        # left to an init that may not reap).
        for _ in $(seq 1 50); do
            [[ -z "$(pgrep -P "$pid" 2>/dev/null)" ]] && break
            sleep 0.1
        done
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 50); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -9 "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT

ssh-keygen -q -t ed25519 -N '' -C bridge-test-host -f "$tmp/host_key"
ssh-keygen -q -t ed25519 -N '' -C bridge-test-user -f "$tmp/user_key"
ssh-keygen -q -t ed25519 -N '' -C bridge-test-other -f "$tmp/other_key"
cp "$tmp/user_key.pub" "$tmp/authorized_keys"
chmod 600 "$tmp/authorized_keys"
mkdir "$tmp/files"
user=$(id -un)

# sshd started by root checks its privilege-separation directory (the Debian service creates it
# at start, as RuntimeDirectory); started by anyone else it does not need it.
if [[ $(id -u) -eq 0 ]]; then
    mkdir -p -m 0755 /run/sshd
fi

started=0
for attempt in 1 2 3 4 5 6 7 8; do
    port=$((20000 + (RANDOM % 20000)))
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        continue # something listens there already
    fi
    cat >"$tmp/sshd_config" <<CONFIG
Port $port
ListenAddress 127.0.0.1
HostKey $tmp/host_key
AuthorizedKeysFile $tmp/authorized_keys
PidFile $tmp/sshd.pid
AllowUsers $user
StrictModes no
UsePAM no
PasswordAuthentication no
KbdInteractiveAuthentication no
PubkeyAuthentication yes
PermitRootLogin prohibit-password
Subsystem sftp internal-sftp
LogLevel VERBOSE
CONFIG
    # sshd made a child subreaper (prctl PR_SET_CHILD_SUBREAPER, kept across exec) by perl-base, so
    # that it reaps its connections' orphaned processes itself: an init that does not reap them
    # (or only seconds later, as on the machine this was written on) would otherwise hold a zombie per
    # connection after the test.
    case "$(uname -m)" in
    x86_64) prctl=157 ;;
    aarch64) prctl=167 ;;
    *) prctl= ;;
    esac
    if [[ -n "$prctl" ]] && command -v perl >/dev/null; then
        perl -e 'syscall(shift, 36, 1, 0, 0, 0); exec @ARGV or die "exec: $!"' "$prctl" \
            "$sshd" -D -e -f "$tmp/sshd_config" >"$tmp/sshd.log" 2>&1 &
    else
        "$sshd" -D -e -f "$tmp/sshd_config" >"$tmp/sshd.log" 2>&1 &
    fi
    pid=$!
    for _ in $(seq 1 50); do # up to 5 s
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            started=1
            break
        fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if [[ $started -eq 1 ]]; then
        break
    fi
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    pid=
done
if [[ $started -ne 1 ]]; then
    echo "with-sshd.sh: sshd did not start:" >&2
    cat "$tmp/sshd.log" >&2 || true
    exit 1
fi

export BRIDGE_TEST_SFTP_HOST=127.0.0.1 BRIDGE_TEST_SFTP_PORT=$port BRIDGE_TEST_SFTP_USER=$user
export BRIDGE_TEST_SFTP_KEY=$tmp/user_key BRIDGE_TEST_SFTP_HOST_KEY=$tmp/host_key.pub
export BRIDGE_TEST_SFTP_OTHER_KEY=$tmp/other_key BRIDGE_TEST_SFTP_DIR=$tmp/files
set +e
"$@"
status=$?
set -e
if [[ $status -ne 0 ]]; then
    echo "with-sshd.sh: the test failed (exit $status); last lines of the sshd log:" >&2
    tail -n 30 "$tmp/sshd.log" >&2 || true
fi
exit $status
