#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
# SPDX-License-Identifier: LicenseRef-Proprietary
#
# with-keyring.sh COMMAND...: runs COMMAND in a private D-Bus session with a real, unlocked
# gnome-keyring Secret Service whose keyrings live in a temporary folder (never the user's).
set -euo pipefail

if [[ -z "${BRIDGE_KEYRING_SESSION:-}" ]]; then
    if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
        echo "with-keyring.sh: dbus-run-session or gnome-keyring-daemon missing; run installer/deps.sh --with-test" >&2
        exit 1
    fi
    exec dbus-run-session -- env BRIDGE_KEYRING_SESSION=1 "$0" "$@"
fi

tmp=$(mktemp -d /tmp/bridge-keyring.XXXXXX)
export XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp/run" XDG_CONFIG_HOME="$tmp/config"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME"
chmod 700 "$XDG_RUNTIME_DIR"
eval "$(printf 'pw' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
export GNOME_KEYRING_CONTROL
set +e
"$@"
status=$?
set -e
rm -rf "$tmp"
exit $status
