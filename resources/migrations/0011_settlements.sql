-- SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
-- SPDX-License-Identifier: LicenseRef-Proprietary
--
-- Settlement intake and reconciliation runs (issue #8). A batch is what one acquirer settled for
-- one day, downloaded through the Reporting API (getBatchList + getBatchDetail) or read from a
-- settlement file; its lines are recorded with it, once: a batch already known (same acquirer and
-- batch id) adds nothing, and a file already imported (same SHA-256) is not read again.

CREATE TABLE settlement_files (
    id {{AUTO_ID}},
    file_name TEXT NOT NULL,
    -- Lower-case hex SHA-256 of the file's bytes: importing the same file again changes nothing.
    sha256 TEXT NOT NULL UNIQUE,
    origin TEXT NOT NULL,          -- 'file' (a path or a folder) or 'sftp' (host:path)
    imported_at BIGINT NOT NULL,
    imported_by TEXT NOT NULL,
    lines_read INTEGER NOT NULL,
    lines_refused INTEGER NOT NULL
);

CREATE TABLE settlement_batches (
    id {{AUTO_ID}},
    batch_id TEXT NOT NULL,
    acquirer TEXT NOT NULL,
    -- The settlement day (a calendar date, yyyy-MM-dd, which sorts as text on both engines).
    settled_on TEXT NOT NULL,
    completed_at BIGINT,
    source TEXT NOT NULL CHECK (source IN ('reporting', 'file')),
    file_id BIGINT REFERENCES settlement_files (id),
    imported_at BIGINT NOT NULL,
    UNIQUE (acquirer, batch_id)
);
CREATE INDEX settlement_batches_settled_on ON settlement_batches (settled_on);

-- The batch's totals per currency as Opayo reported them (getBatchList's transaction groups).
CREATE TABLE settlement_batch_groups (
    batch_ref BIGINT NOT NULL REFERENCES settlement_batches (id),
    currency TEXT NOT NULL,
    payment_number INTEGER NOT NULL,
    payment_minor BIGINT NOT NULL,
    refund_number INTEGER NOT NULL,
    refund_minor BIGINT NOT NULL,
    PRIMARY KEY (batch_ref, currency)
);

CREATE TABLE settlement_lines (
    id {{AUTO_ID}},
    batch_ref BIGINT NOT NULL REFERENCES settlement_batches (id),
    -- Position in the batch (1-based). A batch may hold the same transaction twice (the acquirer
    -- paid twice), so the line's identity is its place, not its transactionId.
    seq INTEGER NOT NULL,
    line_type TEXT NOT NULL CHECK (line_type IN ('payment', 'refund', 'fee', 'chargeback')),
    transaction_id TEXT,
    vendor_tx_code TEXT,
    amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
    currency TEXT NOT NULL,
    fee_minor BIGINT NOT NULL DEFAULT 0 CHECK (fee_minor >= 0),
    card_last_four TEXT,           -- four digits; never more of the card number
    source_line INTEGER,           -- line number in the file it came from
    UNIQUE (batch_ref, seq)
);
CREATE INDEX settlement_lines_transaction ON settlement_lines (transaction_id);
CREATE INDEX settlement_lines_amount ON settlement_lines (amount_minor);

-- One run of the matcher: who, when, which period, with which options, and its summary.
CREATE TABLE reconcile_runs (
    id {{AUTO_ID}},
    started_at BIGINT NOT NULL,
    started_by TEXT NOT NULL,
    period_from TEXT NOT NULL,
    period_to TEXT NOT NULL,
    options TEXT NOT NULL,         -- JSON
    summary TEXT NOT NULL,         -- JSON: per batch and currency
    lines INTEGER NOT NULL,
    matched INTEGER NOT NULL
);
CREATE INDEX reconcile_runs_started_at ON reconcile_runs (started_at);

-- What the run concluded for each settlement line (side 'line', line_ref) and each ledger entry
-- (side 'entry', transaction_id). class is 'matched' or the discrepancy; resolution starts as the
-- suggestion and is what a person decided once status is no longer 'open'.
CREATE TABLE reconcile_results (
    id {{AUTO_ID}},
    run_id BIGINT NOT NULL REFERENCES reconcile_runs (id),
    side TEXT NOT NULL CHECK (side IN ('line', 'entry')),
    line_ref BIGINT REFERENCES settlement_lines (id),
    transaction_id TEXT,
    batch_id TEXT,
    class TEXT NOT NULL,
    rule TEXT NOT NULL,
    confidence INTEGER NOT NULL,
    -- The other side: the ledger transactionId for a line, the settlement line for an entry.
    counterpart_transaction_id TEXT,
    counterpart_line_ref BIGINT,
    amount_minor BIGINT NOT NULL,
    currency TEXT NOT NULL,
    difference_minor BIGINT NOT NULL DEFAULT 0,
    resolution TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'approved', 'rejected'))
);
-- The results grid pages one run by batch, by class and by amount.
CREATE INDEX reconcile_results_batch ON reconcile_results (run_id, batch_id, id);
CREATE INDEX reconcile_results_class ON reconcile_results (run_id, class, id);
CREATE INDEX reconcile_results_amount ON reconcile_results (run_id, amount_minor, id);
