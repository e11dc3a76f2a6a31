#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
# SPDX-License-Identifier: LicenseRef-Proprietary
# A throw-away PostgreSQL cluster and an unlocked Secret Service for one command.
here=$(cd "$(dirname "$0")" && pwd)
exec "$here/with-keyring.sh" "$here/with-postgres.sh" "$@"
