#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
# SPDX-License-Identifier: LicenseRef-Proprietary
#
# format-check.sh [--fix] (--all | --base REV)
# Checks (or with --fix rewrites) the C++ files git tracks: all of them, or those changed since REV.
set -euo pipefail
cd "$(dirname "$0")/.."

fix=0
mode=all
base=
while [[ $# -gt 0 ]]; do
    case "$1" in
    --fix) fix=1 ;;
    --all) mode=all ;;
    --base) mode=base; base=$2; shift ;;
    *) echo "usage: $0 [--fix] (--all | --base REV)" >&2; exit 2 ;;
    esac
    shift
done

formatter=$(command -v clang-format || command -v clang-format-14 || command -v clang-format-15 || true)
if [[ -z "$formatter" ]]; then
    echo "format-check: clang-format not found; run installer/deps.sh" >&2
    exit 1
fi

if [[ $mode == base ]]; then
    mapfile -t files < <(git diff --name-only --diff-filter=ACMR "$base" -- '*.cpp' '*.h')
else
    mapfile -t files < <(git ls-files -- '*.cpp' '*.h'; git ls-files --others --exclude-standard -- '*.cpp' '*.h')
fi
if [[ ${#files[@]} -eq 0 ]]; then
    echo "format-check: no C++ files to check"
    exit 0
fi
if [[ $fix -eq 1 ]]; then
    "$formatter" -i "${files[@]}"
    echo "format-check: formatted ${#files[@]} files"
    exit 0
fi
if ! "$formatter" --dry-run -Werror "${files[@]}" 2>/tmp/format-check.$$; then
    grep -E "^[^ ].*: (error|warning)" /tmp/format-check.$$ | cut -d: -f1 | sort -u | sed 's/^/  not formatted: /' >&2
    rm -f /tmp/format-check.$$
    echo "format-check: run 'installer/format-check.sh --fix --all' (or the 'format' build target)" >&2
    exit 1
fi
rm -f /tmp/format-check.$$
echo "format-check: ${#files[@]} files formatted correctly"
