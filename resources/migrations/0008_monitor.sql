-- SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
-- SPDX-License-Identifier: LicenseRef-Proprietary
--
-- The console's monitor: every filter it offers is answered through an index, and the operator's
-- corrections (edit and replay, mark resolved) are stored with who did them.

-- Amount range filters and sorting by amount; type filters within a time window.
CREATE INDEX inbox_amount ON inbox (amount_minor);
CREATE INDEX inbox_kind_received_at ON inbox (kind, received_at);

-- Corrections to apply to an event's canonical payment when it is replayed (a JSON object of
-- field → value, from an approved edit-and-replay request). NULL: none.
ALTER TABLE inbox ADD COLUMN edits TEXT;
-- An operator's statement that a dead letter was dealt with outside the bridge. The event stays
-- dead (nothing is posted for it, and commands held behind it stay held), but it no longer
-- counts as an open dead letter.
ALTER TABLE inbox ADD COLUMN resolved_by TEXT;
ALTER TABLE inbox ADD COLUMN resolved_at BIGINT;
ALTER TABLE inbox ADD COLUMN resolution TEXT;

-- Edit-and-replay requests. An edit that changes money (an amount, a price, a quantity, the
-- currency) waits for an approver who is not the requester (maker-checker); other edits are
-- applied at once. Every step is also in the audit log.
CREATE TABLE replay_requests (
    id {{AUTO_ID}},
    inbox_id BIGINT NOT NULL REFERENCES inbox (id),
    edits TEXT NOT NULL,
    reason TEXT NOT NULL,
    changes_money INTEGER NOT NULL,
    requested_by TEXT NOT NULL,
    requested_at BIGINT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'applied', 'rejected')),
    decided_by TEXT,
    decided_at BIGINT,
    decision_comment TEXT
);
CREATE INDEX replay_requests_inbox ON replay_requests (inbox_id);
CREATE INDEX replay_requests_status ON replay_requests (status);
