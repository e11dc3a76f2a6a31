-- SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
-- SPDX-License-Identifier: LicenseRef-Proprietary
--
-- The sync engine's durable queues. Every stage change is one transaction on these tables; no
-- work lives only in memory. Workers claim rows with a lease (owner, lease_until); a crashed
-- worker's leases expire and the rows are claimed again.

-- Inbox: every event that came in, once. Unique on (source, source_event_id), so a repeat of
-- the same event is recognised and stored once. Payloads are masked by the PAN guard first.
-- Searchable business fields are columns with indexes, filled at intake.
CREATE TABLE inbox (
    id {{AUTO_ID}},
    source TEXT NOT NULL,
    source_event_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    received_at BIGINT NOT NULL,
    payload TEXT NOT NULL,
    payload_sha256 TEXT NOT NULL,
    vendor_tx_code TEXT,
    transaction_id TEXT,
    customer TEXT,
    amount_minor BIGINT,
    currency TEXT,
    status TEXT NOT NULL CHECK (status IN ('pending', 'done', 'ignored', 'dead')),
    stage TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    lease_owner TEXT,
    lease_until BIGINT,
    canonical TEXT,
    error_code TEXT,
    error_message TEXT,
    error_fix TEXT,
    updated_at BIGINT NOT NULL,
    UNIQUE (source, source_event_id)
);
CREATE INDEX inbox_due ON inbox (status, next_attempt_at);
CREATE INDEX inbox_received_at ON inbox (received_at);
CREATE INDEX inbox_vendor_tx_code ON inbox (vendor_tx_code);
CREATE INDEX inbox_transaction_id ON inbox (transaction_id);
CREATE INDEX inbox_customer ON inbox (customer);

-- Outbox: every ERP command, stored with its idempotency key (command kind + business key)
-- before any call is made. Commands that share an ordering key run in sequence order, so a
-- refund never overtakes its payment. 'unknown' means a call may have taken effect: the
-- document is looked up in SYSPRO before anything is posted again.
CREATE TABLE outbox (
    id {{AUTO_ID}},
    inbox_id BIGINT REFERENCES inbox (id),
    command_kind TEXT NOT NULL,
    business_key TEXT NOT NULL,
    ordering_key TEXT NOT NULL,
    sequence BIGINT NOT NULL,
    payload TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'in_flight', 'unknown', 'done', 'dead')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    first_attempt_at BIGINT,
    lease_owner TEXT,
    lease_until BIGINT,
    document_key TEXT,
    request TEXT,
    response TEXT,
    error_code TEXT,
    error_message TEXT,
    error_fix TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (command_kind, business_key)
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
CREATE INDEX outbox_ordering ON outbox (ordering_key, sequence);
CREATE INDEX outbox_inbox ON outbox (inbox_id);

-- Where the engine's pollers have got to (e.g. the Reporting API's last transaction time).
CREATE TABLE watermarks (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);
