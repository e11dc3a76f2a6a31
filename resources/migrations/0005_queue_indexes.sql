-- SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
-- SPDX-License-Identifier: LicenseRef-Proprietary
--
-- Workers claim by command kind (the poster: SORTOI/ARSTPY/ARSTIN; the status sync: SHOPSYNC).
-- Without this index SQLite answered "due SHOPSYNC commands" through the unique (kind, key)
-- index, reading every status update ever sent on each claim (31 ms per claim at 100,000 rows,
-- measured by the engine benchmark).
CREATE INDEX outbox_kind_due ON outbox (command_kind, status, next_attempt_at);
