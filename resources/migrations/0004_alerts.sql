-- SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
-- SPDX-License-Identifier: LicenseRef-Proprietary
--
-- Operational alerts raised by the sync engine (dead-letter growth, old pending items,
-- authentication failures, SYSPRO session evictions, signature failures, masked card numbers,
-- items failing for too long, amount mismatches). Operators acknowledge them with a comment.

-- At most one open alert per (kind, subject): raising it again updates the open row (message,
-- fix, last_at, occurrences; the severity only goes up). Once acknowledged, the next raise opens
-- a new row. subject is '' when the alert is not about one thing, never NULL, so that the unique
-- index below applies to it.
CREATE TABLE alerts (
    id {{AUTO_ID}},
    kind TEXT NOT NULL,
    severity TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'critical')),
    subject TEXT NOT NULL DEFAULT '',
    message TEXT NOT NULL,
    fix TEXT NOT NULL DEFAULT '',
    first_at BIGINT NOT NULL,
    last_at BIGINT NOT NULL,
    occurrences INTEGER NOT NULL DEFAULT 1 CHECK (occurrences >= 1),
    status TEXT NOT NULL CHECK (status IN ('open', 'acknowledged')),
    acknowledged_by TEXT,
    acknowledged_at BIGINT,
    comment TEXT,
    CHECK ((status = 'open') = (acknowledged_at IS NULL))
);
-- The one open row per (kind, subject); raises use it as their ON CONFLICT target, so that two
-- processes raising the same alert at once still end with one open row.
CREATE UNIQUE INDEX alerts_one_open ON alerts (kind, subject) WHERE status = 'open';
-- The console: open alerts by severity (the badge) and newest first.
CREATE INDEX alerts_open_by_severity ON alerts (severity, last_at) WHERE status = 'open';
CREATE INDEX alerts_status_last_at ON alerts (status, last_at, id);
CREATE INDEX alerts_last_at ON alerts (last_at, id);
