-- SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
-- SPDX-License-Identifier: LicenseRef-Proprietary
--
-- The commands a worker may still claim, per kind, in the order they are claimed. A claim walks
-- this index and stops after its limit; with outbox_kind_due alone it read and sorted every
-- open command of the kind, including receipts still waiting for their orders (4 to 9 ms per
-- claim with a thousand waiting, measured by the engine benchmark), on every poll.
CREATE INDEX outbox_claimable ON outbox (command_kind, next_attempt_at) WHERE status IN ('pending', 'unknown', 'in_flight');
