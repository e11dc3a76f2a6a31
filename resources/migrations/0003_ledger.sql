-- SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
-- SPDX-License-Identifier: LicenseRef-Proprietary
--
-- The bridge's ledger: which Opayo transactions it accepted for posting, and which SYSPRO
-- documents each became.

-- One row per Opayo transaction accepted for posting (payments and refunds). The primary key is
-- Opayo's transactionId, so the same payment reported twice (shop event, Opayo notification,
-- Reporting API) is recognised and posted once. A refund names the payment it refunds; the sum
-- of a payment's refunds can never exceed it (checked and inserted in one transaction).
CREATE TABLE payments (
    transaction_id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('payment', 'refund')),
    original_transaction_id TEXT,
    vendor_tx_code TEXT NOT NULL,
    customer TEXT,
    amount_minor BIGINT NOT NULL CHECK (amount_minor >= 0),
    currency TEXT NOT NULL,
    status TEXT NOT NULL,
    inbox_id BIGINT REFERENCES inbox (id),
    occurred_at BIGINT NOT NULL,
    accepted_at BIGINT NOT NULL
);
CREATE INDEX payments_original ON payments (original_transaction_id);
CREATE INDEX payments_vendor_tx_code ON payments (vendor_tx_code);
CREATE INDEX payments_occurred_at ON payments (occurred_at);

-- Opayo ids to SYSPRO document keys (sales order, receipt reference, credit note, journal).
CREATE TABLE ledger_links (
    id {{AUTO_ID}},
    transaction_id TEXT NOT NULL,
    command_kind TEXT NOT NULL,
    business_key TEXT NOT NULL,
    document_key TEXT NOT NULL,
    outbox_id BIGINT REFERENCES outbox (id),
    linked_at BIGINT NOT NULL,
    UNIQUE (command_kind, business_key)
);
CREATE INDEX ledger_links_transaction ON ledger_links (transaction_id);
CREATE INDEX ledger_links_document ON ledger_links (document_key);

-- The outbox's commands by the Opayo transaction they belong to, for the ledger and the monitor.
ALTER TABLE outbox ADD COLUMN transaction_id TEXT;
CREATE INDEX outbox_transaction ON outbox (transaction_id);
