-- SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
-- SPDX-License-Identifier: LicenseRef-Proprietary
--
-- Resolutions of reconciliation discrepancies and batch settlement journals (issue #8): proposed
-- by a preparer with a comment, approved or rejected by someone else; an approval queues its
-- SYSPRO command (outbox_id) in the same transaction.
--
-- A resolution is keyed by its subject, not by the result row it was proposed on: the settlement
-- line (line_ref) and/or the ledger entry (transaction_id; both when the line and the entry are
-- the two sides of one pair with the same class), plus the class. A later run of the same period
-- creates new reconcile_results rows, which find the resolution through the subject.

CREATE TABLE reconcile_resolutions (
    id {{AUTO_ID}},
    subject_kind TEXT NOT NULL CHECK (subject_kind IN ('item', 'settlement_journal')),
    result_id BIGINT REFERENCES reconcile_results (id),
    run_id BIGINT REFERENCES reconcile_runs (id),
    line_ref BIGINT REFERENCES settlement_lines (id),
    transaction_id TEXT,
    batch_ref BIGINT REFERENCES settlement_batches (id),
    batch_id TEXT,
    class TEXT NOT NULL,
    action TEXT NOT NULL,
    amount_minor BIGINT NOT NULL DEFAULT 0,
    currency TEXT NOT NULL,
    debit_ledger TEXT,
    credit_ledger TEXT,
    counterpart_transaction_id TEXT,
    comment TEXT NOT NULL,
    proposed_by TEXT NOT NULL,
    proposed_at BIGINT NOT NULL,
    state TEXT NOT NULL DEFAULT 'proposed' CHECK (state IN ('proposed', 'approved', 'rejected')),
    decided_by TEXT,
    decided_at BIGINT,
    decision_comment TEXT,
    outbox_id BIGINT REFERENCES outbox (id)
);
-- At most one live (proposed or approved) resolution per subject and class, and per batch
-- journal and currency: two people proposing at the same moment cannot both succeed.
CREATE UNIQUE INDEX reconcile_resolutions_live_line ON reconcile_resolutions (class, line_ref)
    WHERE state <> 'rejected' AND line_ref IS NOT NULL;
CREATE UNIQUE INDEX reconcile_resolutions_live_entry ON reconcile_resolutions (class, transaction_id)
    WHERE state <> 'rejected' AND transaction_id IS NOT NULL;
CREATE UNIQUE INDEX reconcile_resolutions_live_journal ON reconcile_resolutions (batch_ref, currency)
    WHERE state <> 'rejected' AND subject_kind = 'settlement_journal';
CREATE INDEX reconcile_resolutions_line ON reconcile_resolutions (line_ref);
CREATE INDEX reconcile_resolutions_transaction ON reconcile_resolutions (transaction_id);
CREATE INDEX reconcile_resolutions_batch ON reconcile_resolutions (batch_ref);
CREATE INDEX reconcile_resolutions_state ON reconcile_resolutions (state, id);

-- The newest resolution of each result's subject (any state), for the grid's join; the result's
-- status becomes 'approved' with an approved one.
ALTER TABLE reconcile_results ADD COLUMN resolution_id BIGINT;

-- A closed batch: nothing open, its settlement journals approved.
CREATE TABLE settlement_batch_closes (
    batch_ref BIGINT PRIMARY KEY REFERENCES settlement_batches (id),
    run_id BIGINT REFERENCES reconcile_runs (id),
    closed_by TEXT NOT NULL,
    closed_at BIGINT NOT NULL,
    comment TEXT NOT NULL
);
