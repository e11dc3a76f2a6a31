-- SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
-- SPDX-License-Identifier: LicenseRef-Proprietary
--
-- Mapping versions (issue #6). Saving a mapping in the console adds a version; a version is
-- never changed or deleted (triggers refuse it, as for the audit log). One version is active:
-- the engine maps payments with it. Activating and rolling back are admin actions, checked and
-- audited in the transaction that changes mapping_active.
CREATE TABLE mapping_versions (
    version BIGINT PRIMARY KEY,
    name TEXT NOT NULL,
    comment TEXT NOT NULL,
    document TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    based_on BIGINT REFERENCES mapping_versions (version),
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

-- At most one row: the version the engine uses.
CREATE TABLE mapping_active (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL REFERENCES mapping_versions (version),
    activated_by TEXT NOT NULL,
    activated_at BIGINT NOT NULL
);

-- What admins accepted or rejected among the suggested connections, for the suggestion
-- engine's history (sources and targets qualified by their schema, "payment:vendorTxCode").
CREATE TABLE mapping_suggestion_history (
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    accepted BIGINT NOT NULL DEFAULT 0,
    rejected BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (source, target)
);

-- @sqlite
CREATE TRIGGER mapping_versions_no_update BEFORE UPDATE ON mapping_versions
BEGIN
    SELECT RAISE(ABORT, 'mapping versions cannot be changed; save a new version');
END;
CREATE TRIGGER mapping_versions_no_delete BEFORE DELETE ON mapping_versions
BEGIN
    SELECT RAISE(ABORT, 'mapping versions cannot be deleted');
END;
-- @postgres
CREATE FUNCTION mapping_versions_immutable() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'mapping versions cannot be changed or deleted; save a new version';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER mapping_versions_immutable BEFORE UPDATE OR DELETE ON mapping_versions
    FOR EACH ROW EXECUTE FUNCTION mapping_versions_immutable();
