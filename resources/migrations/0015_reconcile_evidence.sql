-- SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
-- SPDX-License-Identifier: LicenseRef-Proprietary
--
-- A result row's evidence (issue #8): the facts the matcher used beyond the row's own columns
-- (the SYSPRO document it found, the first line of a duplicate, the second candidate of an
-- uncertain match, the size of its group), as compact JSON, only on rows that have any. The
-- Reconciliation page writes the "why" from them and the row's sides instead of matching the
-- run's period again (seconds at a million rows). Rows of earlier runs have none; their detail
-- says so.
ALTER TABLE reconcile_results ADD COLUMN evidence TEXT;
