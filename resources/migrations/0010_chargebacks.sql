-- SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
-- SPDX-License-Identifier: LicenseRef-Proprietary
--
-- Chargebacks: a card payment disputed through the acquirer, entered by hand or imported from
-- the acquirer's CSV. States: received -> disputed -> won/lost, or received -> won/lost. A lost
-- chargeback queues an ARSTIN debit note (the amount, to the payment's customer) and, when there
-- is a fee, a GENTJL journal (debit the fee ledger, credit the bank) in the same transaction.

CREATE TABLE chargebacks (
    id {{AUTO_ID}},
    -- The Opayo transaction disputed; vendor_tx_code and customer come from the ledger's payments
    -- row when the bridge posted it (NULL when it did not: then a loss cannot be posted).
    transaction_id TEXT NOT NULL,
    vendor_tx_code TEXT,
    customer TEXT,
    -- The acquirer's own case reference, unique per acquirer: importing the same file again
    -- finds every line already known and changes nothing.
    acquirer TEXT NOT NULL,
    acquirer_reference TEXT NOT NULL,
    amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
    currency TEXT NOT NULL,
    fee_minor BIGINT NOT NULL DEFAULT 0 CHECK (fee_minor >= 0), -- same currency as the amount
    reason_code TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL CHECK (state IN ('received', 'disputed', 'won', 'lost')),
    -- The acquirer's date (a calendar date, yyyy-MM-dd, which sorts as text on both engines).
    received_on TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('manual', 'import')),
    -- Who did each step, and when (ms since the epoch, UTC).
    received_by TEXT NOT NULL,
    received_at BIGINT NOT NULL,
    disputed_by TEXT,
    disputed_at BIGINT,
    decided_by TEXT,
    decided_at BIGINT,
    -- The SYSPRO documents a loss posts: their outbox commands (the document numbers are on the
    -- commands once posted, and in ledger_links).
    debit_note_outbox_id BIGINT REFERENCES outbox (id),
    journal_outbox_id BIGINT REFERENCES outbox (id),
    UNIQUE (acquirer, acquirer_reference),
    CHECK ((state IN ('won', 'lost')) = (decided_at IS NOT NULL))
);
CREATE INDEX chargebacks_received_at ON chargebacks (received_at, id);
CREATE INDEX chargebacks_transaction ON chargebacks (transaction_id);
CREATE INDEX chargebacks_reference ON chargebacks (acquirer_reference);
