#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
# SPDX-License-Identifier: LicenseRef-Proprietary
#
# The test command: installs what is missing (Debian 12, as root), builds, runs the whole suite.
#  1. the full build (GUI on) with AddressSanitizer + UndefinedBehaviorSanitizer and warnings as
#     errors; every ctest: unit, integration, gui, postgres (throw-away cluster), keychain (private
#     Secret Service), fuzz-target replay, and each benchmark once on a small size;
#  2. the core set with the GUI switched off, optimised, so that no library above gui includes
#     Widgets and the benchmarks' small runs exercise release code;
#  3. clang-format on the C++ files (only those changed since BRIDGE_FORMAT_BASE, when set).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${BRIDGE_BUILD_ROOT:-$root/build}
jobs=${BRIDGE_JOBS:-2}

bash "$root/installer/deps.sh" --with-test

echo "== format check"
if [[ -n "${BRIDGE_FORMAT_BASE:-}" ]]; then
    bash "$root/installer/format-check.sh" --base "$BRIDGE_FORMAT_BASE"
else
    bash "$root/installer/format-check.sh" --all
fi

echo "== build 1/2: GUI on, ASan + UBSan"
cmake -S "$root" -B "$build/sanitize" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DBRIDGE_BUILD_GUI=ON -DBRIDGE_BUILD_TESTS=ON -DBRIDGE_SANITIZE=ON -DBRIDGE_WERROR=ON >/dev/null
cmake --build "$build/sanitize" -j "$jobs"

echo "== build 2/2: GUI off, release"
cmake -S "$root" -B "$build/core" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DBRIDGE_BUILD_GUI=OFF -DBRIDGE_BUILD_TESTS=ON -DBRIDGE_WERROR=ON >/dev/null
cmake --build "$build/core" -j "$jobs"

# Qt and the system libraries are not instrumented; leaks inside them are not ours to judge.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen

echo "== benchmarks, small, release build"
ctest --test-dir "$build/core" -L bench --output-on-failure -j "$jobs"

echo "== the whole suite, sanitizer build"
ctest --test-dir "$build/sanitize" -LE bench --output-on-failure -j "$jobs" --timeout 600
