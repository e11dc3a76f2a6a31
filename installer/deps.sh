#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
# SPDX-License-Identifier: LicenseRef-Proprietary
#
# Installs every Debian 12 package the bridge needs to build, run and test.
# Idempotent: packages already present are skipped; apt-get runs only when something is missing.
set -euo pipefail

BUILD_PACKAGES=(
    g++ cmake ninja-build pkg-config git ca-certificates
    clang-format clang-tidy
)
QT_PACKAGES=(
    qt6-base-dev qt6-base-dev-tools libgl-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qt6-charts-dev libxkbcommon-dev
    libqt6sql6-sqlite libqt6sql6-psql libqt6opengl6-dev
    qtkeychain-qt6-dev
    libspdlog-dev
    fonts-dejavu-core
    libssh-dev
)
# What the test suite starts: a throw-away PostgreSQL cluster, a Secret Service for the keychain,
# an X server for the optional on-screen checks, an OpenSSH server for the SFTP test (started by
# tests/support/with-sshd.sh on loopback; the package's own service is not needed).
TEST_PACKAGES=(
    postgresql
    openssh-server openssh-client
    dbus dbus-x11 gnome-keyring libsecret-1-0
    xvfb xauth
    curl
)

want=("${BUILD_PACKAGES[@]}" "${QT_PACKAGES[@]}")
if [[ "${1:-}" == "--with-test" ]]; then
    want+=("${TEST_PACKAGES[@]}")
fi

missing=()
for pkg in "${want[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$pkg")
    fi
done

if ((${#missing[@]} == 0)); then
    echo "deps: all ${#want[@]} packages present"
    exit 0
fi

if [[ $(id -u) -ne 0 ]]; then
    echo "deps: missing packages: ${missing[*]}" >&2
    echo "deps: run this script as root (or: sudo $0 $*) to install them" >&2
    exit 1
fi

echo "deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"
