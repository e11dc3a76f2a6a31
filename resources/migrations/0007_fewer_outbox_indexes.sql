-- SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
-- SPDX-License-Identifier: LicenseRef-Proprietary
--
-- Claims walk outbox_claimable (0006) since it exists; outbox_kind_due is read by nothing and
-- costs every insert and every status change of a command (about 5 µs of the writer's time
-- per statement, measured by the engine benchmark).
DROP INDEX outbox_kind_due;
