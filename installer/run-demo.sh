#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
# SPDX-License-Identifier: LicenseRef-Proprietary
#
# The main job: installs what is missing (Debian 12, as root), builds, and opens the console in
# demo mode (its own data folder, demo people for every role). Without a display it runs the
# command-line bridge against the same demo data instead.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${BRIDGE_BUILD_ROOT:-$root/build}/release

bash "$root/installer/deps.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBRIDGE_BUILD_GUI=ON -DBRIDGE_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j "${BRIDGE_JOBS:-2}"

if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
    exec "$build/src/app/bridge-console" --demo "$@"
fi
echo "No display found: running bridge-cli against the demo data instead of the console."
"$build/src/app/bridge-cli" --demo status
exec "$build/src/app/bridge-cli" --demo audit verify
