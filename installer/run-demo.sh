#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
# SPDX-License-Identifier: LicenseRef-Proprietary
#
# The main job: installs what is missing (Debian 12, as root), builds, and opens the console in
# demo mode (its own data folder, demo people for every role, and the sync engine running live
# against the built-in sandboxes and a simulated shop). Without a display it runs the same demo
# on the command line: `bridge-cli demo` places 200 shop orders, runs the engine until all have
# settled, and prints what happened.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${BRIDGE_BUILD_ROOT:-$root/build}/release

bash "$root/installer/deps.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBRIDGE_BUILD_GUI=ON -DBRIDGE_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j "${BRIDGE_JOBS:-2}"

if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
    exec "$build/src/app/bridge-console" --demo "$@"
fi
echo "No display found: running the demo with bridge-cli instead of the console."
exec "$build/src/app/bridge-cli" demo --events "${BRIDGE_DEMO_EVENTS:-200}"
