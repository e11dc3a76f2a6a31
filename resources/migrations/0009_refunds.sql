-- SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
-- SPDX-License-Identifier: LicenseRef-Proprietary
--
-- Refunds and voids started from the console. One person asks, another approves (or the
-- single-approver policy lets a small amount through); the engine then carries it out as an
-- inbox event of source 'console-refund'. What is asked for, approved or on its way counts
-- against what is left of the payment until the refund is in the ledger (payments), so that
-- the refunds of a payment can never together exceed it.
CREATE TABLE refund_requests (
    id {{AUTO_ID}},
    kind TEXT NOT NULL CHECK (kind IN ('refund', 'void')),
    original_transaction_id TEXT NOT NULL,
    original_vendor_tx_code TEXT NOT NULL,
    -- The refund's own vendorTxCode, derived from the id so that every retry reuses it.
    vendor_tx_code TEXT UNIQUE,
    customer TEXT,
    amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
    currency TEXT NOT NULL,
    reason TEXT NOT NULL,
    note TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('requested', 'approved', 'sending', 'sent', 'rejected', 'failed')),
    requested_by TEXT NOT NULL,
    requested_at BIGINT NOT NULL,
    decided_by TEXT,
    decided_at BIGINT,
    decision_comment TEXT,
    inbox_id BIGINT REFERENCES inbox (id),
    -- Opayo's transactionId of the refund (for a void: the voided payment's, prefixed 'void:').
    opayo_transaction_id TEXT,
    error_message TEXT,
    updated_at BIGINT NOT NULL
);
CREATE INDEX refund_requests_original ON refund_requests (original_transaction_id);
CREATE INDEX refund_requests_state ON refund_requests (state, requested_at);

-- The Refunds page finds payments by customer prefix and by exact amount as well as by
-- vendorTxCode and transactionId (already indexed): each an index range, not a scan.
CREATE INDEX payments_customer ON payments (customer);
CREATE INDEX payments_amount ON payments (amount_minor);
